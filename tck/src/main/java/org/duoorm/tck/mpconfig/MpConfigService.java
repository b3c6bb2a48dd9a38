package org.duoorm.tck.mpconfig;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.duoorm.Database;
import org.duoorm.DuoDatabase;
import org.duoorm.DuoTransaction;
import org.duoorm.tck.Ledger;

/** Uses the database "orders", configured only in MicroProfile Config. */
@ApplicationScoped
@DuoTransaction(database = "orders")
public class MpConfigService {
    public static final Ledger LEDGER = new Ledger("orders");

    @Inject
    @DuoDatabase("orders")
    Database db;

    public void insert(String label) {
        LEDGER.insert(db, label);
    }

    public Uni<Void> insertUni(String label) {
        return LEDGER.insertUni(db, label);
    }
}
