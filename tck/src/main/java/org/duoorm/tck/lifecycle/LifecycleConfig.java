package org.duoorm.tck.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.duoorm.DatabaseConfig;
import org.duoorm.DuoDatabase;
import org.duoorm.tck.CountingListener;
import org.duoorm.tck.Ledger;
import org.duoorm.tck.TckEnvironment;

/** Two databases: "eager" connects at startup, "lazy" at first use. */
@ApplicationScoped
public class LifecycleConfig {
    public static final Ledger LEDGER = new Ledger("lifecycle");

    @Produces
    @DuoDatabase("eager")
    DatabaseConfig eager(CountingListener listener) {
        return TckEnvironment.config().connectOnStartup(true).listener(listener).build();
    }

    /** Named differently on purpose: the qualifier's name wins. */
    @Produces
    @DuoDatabase("lazy")
    DatabaseConfig lazy(CountingListener listener) {
        return TckEnvironment.config().name("something-else").listener(listener).build();
    }
}
