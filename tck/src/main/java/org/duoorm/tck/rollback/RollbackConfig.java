package org.duoorm.tck.rollback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.duoorm.DatabaseConfig;
import org.duoorm.tck.CountingListener;
import org.duoorm.tck.Ledger;
import org.duoorm.tck.TckEnvironment;

/** The default database of the scenario. */
@ApplicationScoped
public class RollbackConfig {
    public static final Ledger LEDGER = new Ledger("rollback");

    @Produces
    DatabaseConfig config(CountingListener listener) {
        return TckEnvironment.config().listener(listener).build();
    }
}
