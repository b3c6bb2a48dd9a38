package org.duoorm.tck.twodatabases;

import static org.duoorm.tck.twodatabases.TwoDatabasesConfig.ITEMS;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.duoorm.Database;
import org.duoorm.DuoDatabase;
import org.duoorm.DuoTransaction;

/** Blocking and reactive service methods of the "inventory" database, calling billing inside. */
@ApplicationScoped
public class InventoryService {
    public static final String FAILURE = "inventory fails after billing";

    @Inject
    @DuoDatabase("inventory")
    Database db;
    @Inject
    BillingService billing;

    @DuoTransaction(database = "inventory")
    public void addItem(String name) {
        ITEMS.insert(db, name);
    }

    /** Inventory's unit of work fails; billing's, a separate one of another database, has committed. */
    @DuoTransaction(database = "inventory")
    public void addItemAndInvoiceThenFail(String name, String invoice) {
        ITEMS.insert(db, name);
        billing.addInvoiceBlocking(invoice);
        throw new IllegalStateException(FAILURE);
    }

    @DuoTransaction(database = "inventory")
    public Uni<Void> addItemAndInvoiceThenFailUni(String name, String invoice) {
        return ITEMS.insertUni(db, name)
                .chain(() -> billing.addInvoice(invoice))
                .chain(() -> Uni.createFrom().failure(new IllegalStateException(FAILURE)));
    }
}
