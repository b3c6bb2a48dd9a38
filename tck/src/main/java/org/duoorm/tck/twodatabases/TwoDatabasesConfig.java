package org.duoorm.tck.twodatabases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.duoorm.DatabaseConfig;
import org.duoorm.DuoDatabase;
import org.duoorm.tck.CountingListener;
import org.duoorm.tck.Ledger;
import org.duoorm.tck.TckEnvironment;

/** Two named databases, "inventory" from a producer method and "billing" from a producer field. */
@ApplicationScoped
public class TwoDatabasesConfig {
    public static final Ledger ITEMS = new Ledger("items");
    public static final Ledger INVOICES = new Ledger("invoices");

    @Produces
    @DuoDatabase("billing")
    DatabaseConfig billing;

    @jakarta.inject.Inject
    void init(CountingListener listener) {
        billing = TckEnvironment.config().listener(listener).build();
    }

    @Produces
    @DuoDatabase("inventory")
    DatabaseConfig inventory(CountingListener listener) {
        return TckEnvironment.config().listener(listener).build();
    }
}
