package org.duoorm.tck.twodatabases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.duoorm.Database;
import org.duoorm.DuoDatabase;
import org.duoorm.DuoTransaction;
import org.duoorm.Propagation;

/**
 * A class-level binding naming the "inventory" database, and methods whose own bindings set other attributes only:
 * each keeps the class's database (attributes override one by one).
 */
@ApplicationScoped
@DuoTransaction(database = "inventory")
public class ClassLevelService {
    @Inject
    @DuoDatabase("inventory")
    Database inventory;
    @Inject
    @DuoDatabase("billing")
    Database billing;

    /** The database whose unit of work is open here. */
    private String where() {
        if (inventory.currentSession().isPresent()) {
            return "inventory";
        }
        return billing.currentSession().isPresent() ? "billing" : "none";
    }

    public String classLevel() {
        return where();
    }

    @DuoTransaction(timeout = 5)
    public String onlyATimeout() {
        return where();
    }

    @DuoTransaction(Propagation.REQUIRES_NEW)
    public String onlyAPropagation() {
        return where();
    }

    @DuoTransaction(database = "billing")
    public String anotherDatabase() {
        return where();
    }
}
