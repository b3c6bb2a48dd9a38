package org.duoorm.tck.twodatabases;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import org.duoorm.DatabaseConfig;
import org.duoorm.DuoDatabase;

/** An alternative configuration of "inventory" that is not enabled (no priority, not selected): it does not count. */
@Alternative
@Dependent
public class DisabledInventoryConfig {
    @Produces
    @DuoDatabase("inventory")
    DatabaseConfig inventory() {
        return DatabaseConfig.url("h2:mem:never_used").build();
    }
}
