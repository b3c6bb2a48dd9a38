package org.duoorm.tck.retry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.duoorm.DatabaseConfig;
import org.duoorm.tck.CountingListener;
import org.duoorm.tck.Ledger;
import org.duoorm.tck.TckEnvironment;

/** The default database of the retry scenario. */
@ApplicationScoped
public class RetryConfig {
    public static final Ledger LEDGER = new Ledger("retry");

    @Produces
    DatabaseConfig config(CountingListener listener) {
        return TckEnvironment.config().listener(listener).build();
    }
}
