package org.duoorm.samples.cdi;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.duoorm.Database;
import org.duoorm.DuoDatabase;
import org.duoorm.DuoTransaction;
import org.duoorm.Propagation;

/**
 * Reactive and blocking service methods side by side on the "orders" database. The same annotation
 * gives a reactive unit of work to a method returning {@code Uni} or {@code Multi} (opened when the
 * result is subscribed) and a blocking one to any other method.
 */
@ApplicationScoped
public class OrderService {
    @Inject
    @DuoDatabase("orders")
    Database db;

    /** Reactive: inserts an order; a rejected quantity fails the Uni and rolls the insert back. */
    @DuoTransaction(database = "orders")
    public Uni<String> place(String sku, int quantity) {
        String id = UUID.randomUUID().toString();
        return db.reactive().execute("insert into sample_orders (id, sku, quantity) values (?, ?, ?)", id, sku, quantity)
                .chain(() -> quantity > 0 ? Uni.createFrom().item(id)
                        : Uni.createFrom().failure(new IllegalArgumentException("quantity must be positive: " + quantity)));
    }

    /** Reactive stream: one unit of work spanning it, rows read from a cursor. */
    @DuoTransaction(database = "orders", readOnly = true)
    public Multi<String> describeAll() {
        return db.reactive().stream("select sku, quantity from sample_orders order by sku", 50)
                .map(r -> r.get("quantity", Integer.class) + " x " + r.get("sku", String.class));
    }

    /** Blocking, on the same database: fine outside reactive pipelines. */
    @DuoTransaction(value = Propagation.SUPPORTS, database = "orders")
    public long count() {
        return db.queryValue(Long.class, "select count(*) from sample_orders").orElse(0L);
    }
}
