package org.duoorm.tck.options;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.duoorm.DatabaseConfig;
import org.duoorm.tck.CountingListener;
import org.duoorm.tck.Ledger;
import org.duoorm.tck.TckEnvironment;

/** The default database of the scenario. */
@ApplicationScoped
public class OptionsConfig {
    public static final Ledger LEDGER = new Ledger("options");

    @Produces
    DatabaseConfig config(CountingListener listener) {
        return TckEnvironment.config().listener(listener).build();
    }
}
