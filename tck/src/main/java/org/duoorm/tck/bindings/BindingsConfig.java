package org.duoorm.tck.bindings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.duoorm.DatabaseConfig;
import org.duoorm.tck.CountingListener;
import org.duoorm.tck.TckEnvironment;

/** The default database of the scenario. */
@ApplicationScoped
public class BindingsConfig {
    @Produces
    DatabaseConfig config(CountingListener listener) {
        return TckEnvironment.config().listener(listener).build();
    }
}
