package org.duoorm.samples.webapp;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.duoorm.DuoTransaction;
import org.duoorm.model.Page;

/**
 * Reactive service methods on the "orders" database: each returns a {@code Uni}, and its unit of work
 * opens when the {@code Uni} is subscribed, commits on its item and rolls back on failure.
 */
@ApplicationScoped
@DuoTransaction(database = "orders")
public class OrderService {

    public Uni<PurchaseOrder> place(String sku, int quantity) {
        return PurchaseOrder_.reactive().create(Map.of("sku", sku, "quantity", quantity, "status", PurchaseOrder.NEW));
    }

    /** @return one page of the orders whose SKU starts with the prefix, by SKU */
    @DuoTransaction(database = "orders", readOnly = true)
    public Uni<Page<PurchaseOrder>> page(String prefix, int page, int size) {
        return PurchaseOrder_.where(PurchaseOrder_.sku.startsWith(prefix)).orderBy(PurchaseOrder_.sku.asc())
                .reactive().page(page, size);
    }

    /** @return the number of orders shipped: 0 or 1 */
    public Uni<Integer> ship(long id) {
        return PurchaseOrder_.where(PurchaseOrder_.id.eq(id), PurchaseOrder_.status.eq(PurchaseOrder.NEW))
                .reactive().updateBulk(PurchaseOrder_.status.set(PurchaseOrder.SHIPPED));
    }

    /** Inserts an order, marks every order lost, then fails: neither write may remain. */
    public Uni<PurchaseOrder> placeThenFail(String sku, int quantity) {
        return place(sku, quantity)
                .chain(order -> PurchaseOrder_.query().wholeTable().reactive().updateBulk(Map.of("status", "LOST")))
                .chain(n -> Uni.createFrom().failure(new RejectedException("order request rejected after writing " + sku)));
    }
}
