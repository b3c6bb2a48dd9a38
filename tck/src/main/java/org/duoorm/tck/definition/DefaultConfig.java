package org.duoorm.tck.definition;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import org.duoorm.DatabaseConfig;
import org.duoorm.tck.TckEnvironment;

/** A valid default database, so that each deployment fails for one reason only. */
@Dependent
public class DefaultConfig {
    @Produces
    DatabaseConfig config() {
        return TckEnvironment.config().build();
    }
}
