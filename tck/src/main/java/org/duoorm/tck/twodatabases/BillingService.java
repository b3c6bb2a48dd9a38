package org.duoorm.tck.twodatabases;

import static org.duoorm.tck.twodatabases.TwoDatabasesConfig.INVOICES;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.duoorm.Database;
import org.duoorm.DuoDatabase;
import org.duoorm.DuoTransaction;

/** Reactive and blocking service methods of the "billing" database. */
@ApplicationScoped
public class BillingService {
    @Inject
    @DuoDatabase("billing")
    Database db;

    @DuoTransaction(database = "billing")
    public Uni<Void> addInvoice(String number) {
        return INVOICES.insertUni(db, number);
    }

    @DuoTransaction(database = "billing")
    public void addInvoiceBlocking(String number) {
        INVOICES.insert(db, number);
    }
}
