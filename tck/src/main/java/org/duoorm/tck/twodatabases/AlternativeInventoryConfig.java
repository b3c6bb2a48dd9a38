package org.duoorm.tck.twodatabases;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import org.duoorm.DatabaseConfig;
import org.duoorm.DuoDatabase;
import org.duoorm.EngineOptions;
import org.duoorm.tck.CountingListener;
import org.duoorm.tck.TckEnvironment;

/** An enabled alternative configuration of "inventory" (as a test would declare): it replaces the other one. */
@Alternative
@Priority(1)
@Dependent
public class AlternativeInventoryConfig {
    public static final int MAX_SIZE = 3;

    @Produces
    @DuoDatabase("inventory")
    DatabaseConfig inventory(CountingListener listener) {
        return TckEnvironment.config().engineOption(EngineOptions.MAX_SIZE, MAX_SIZE).listener(listener).build();
    }
}
