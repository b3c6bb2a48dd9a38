package org.duoorm.samples.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.duoorm.Database;
import org.duoorm.DuoDatabase;

/** Creates the tables when the container starts. */
@ApplicationScoped
public class Schema {
    @Inject
    @DuoDatabase("catalog")
    Database catalog;

    @Inject
    @DuoDatabase("orders")
    Database orders;

    void create(@Observes Startup event) {
        catalog.execute("create table if not exists sample_products ("
                + "sku varchar(20) primary key, name varchar(100) not null, price decimal(10,2) not null)");
        orders.execute("create table if not exists sample_orders ("
                + "id varchar(36) primary key, sku varchar(20) not null, quantity int not null)");
    }
}
