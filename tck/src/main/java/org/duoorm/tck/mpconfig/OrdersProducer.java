package org.duoorm.tck.mpconfig;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import org.duoorm.DatabaseConfig;
import org.duoorm.DuoDatabase;
import org.duoorm.tck.TckEnvironment;

/** A producer for "orders", which MicroProfile Config configures too: a deployment error. */
@Dependent
public class OrdersProducer {
    @Produces
    @DuoDatabase("orders")
    DatabaseConfig orders() {
        return TckEnvironment.config().build();
    }
}
