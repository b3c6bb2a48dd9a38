package org.duoorm.samples.webapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.duoorm.Database;
import org.duoorm.DuoDatabase;
import org.duoorm.model.Models;

/** Creates the models' tables when the application starts (if they do not exist); they survive redeployments. */
@ApplicationScoped
public class Schema {
    @Inject
    @DuoDatabase("catalog")
    Database catalog;

    @Inject
    @DuoDatabase("orders")
    Database orders;

    void create(@Observes Startup event) {
        Models.schema(catalog).create();
        Models.schema(orders).create();
    }
}
