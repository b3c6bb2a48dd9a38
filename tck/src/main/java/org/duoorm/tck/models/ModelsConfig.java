package org.duoorm.tck.models;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.duoorm.DatabaseConfig;
import org.duoorm.DuoDatabase;
import org.duoorm.tck.CountingListener;
import org.duoorm.tck.TckEnvironment;

/** The default database and "shop", each with its models. */
@ApplicationScoped
public class ModelsConfig {
    @Produces
    DatabaseConfig main(CountingListener listener) {
        return TckEnvironment.config().listener(listener).build();
    }

    @Produces
    @DuoDatabase("shop")
    DatabaseConfig shop(CountingListener listener) {
        return TckEnvironment.config().listener(listener).build();
    }
}
