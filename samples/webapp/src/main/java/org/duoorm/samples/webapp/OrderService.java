package org.duoorm.samples.webapp;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.duoorm.Database;
import org.duoorm.DuoDatabase;
import org.duoorm.DuoTransaction;

/**
 * Reactive service methods on the "orders" database: each returns a {@code Uni}, and its unit of work
 * opens when the {@code Uni} is subscribed, commits on its item and rolls back on failure.
 */
@ApplicationScoped
@DuoTransaction(database = "orders")
public class OrderService {
    @Inject
    @DuoDatabase("orders")
    Database db;

    /** @return the new order's id */
    public Uni<String> place(String sku, int quantity) {
        String id = UUID.randomUUID().toString();
        return db.reactive().execute("insert into srv_orders (id, sku, quantity, status) values (?, ?, ?, ?)",
                id, sku, quantity, "NEW").replaceWith(id);
    }

    /** @return one page of the orders whose SKU starts with the prefix, by SKU and id */
    @DuoTransaction(database = "orders", readOnly = true)
    public Uni<List<Map<String, Object>>> page(String prefix, int page, int size) {
        return db.reactive().query("select id, sku, quantity, status from srv_orders where sku like ? order by sku, id limit ? offset ?",
                prefix + "%", size, page * size).map(rows -> rows.stream().map(Columns::byLowerCaseName).toList());
    }

    /** @return the number of orders shipped: 0 or 1 */
    public Uni<Integer> ship(String id) {
        return db.reactive().execute("update srv_orders set status = ? where id = ? and status = ?", "SHIPPED", id, "NEW");
    }

    /** Inserts an order, marks every order lost, then fails: neither write may remain. */
    public Uni<String> placeThenFail(String sku, int quantity) {
        return place(sku, quantity)
                .chain(id -> db.reactive().execute("update srv_orders set status = ?", "LOST"))
                .chain(n -> Uni.createFrom().failure(new RejectedException("order request rejected after writing " + sku)));
    }
}
