package org.duoorm.tck.definition;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import org.duoorm.DatabaseConfig;
import org.duoorm.DuoDatabase;
import org.duoorm.EngineOptions;

/** A database that must connect at startup, on a port where nothing listens. */
@Dependent
public class UnreachableConfig {
    public static final String URL = "postgresql://postgres@127.0.0.1:1/test";

    @Produces
    @DuoDatabase("unreachable")
    DatabaseConfig config() {
        return DatabaseConfig.url(URL).connectOnStartup(true).engineOption(EngineOptions.CONNECT_TIMEOUT, "2s").build();
    }
}
