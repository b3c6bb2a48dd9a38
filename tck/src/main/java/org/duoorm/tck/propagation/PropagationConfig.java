package org.duoorm.tck.propagation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.duoorm.DatabaseConfig;
import org.duoorm.tck.CountingListener;
import org.duoorm.tck.Ledger;
import org.duoorm.tck.TckEnvironment;

/** The default database of the scenario (an unqualified producer), with a counting listener. */
@ApplicationScoped
public class PropagationConfig {
    public static final Ledger LEDGER = new Ledger("prop");

    @Produces
    DatabaseConfig config(CountingListener listener) {
        return TckEnvironment.config().listener(listener).build();
    }
}
