package org.duoorm.samples.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.duoorm.Database;
import org.duoorm.DuoDatabase;
import org.duoorm.DuoTransaction;

/** Blocking service methods on the "catalog" database: each public method is one unit of work. */
@ApplicationScoped
@DuoTransaction(database = "catalog")
public class CatalogService {
    @Inject
    @DuoDatabase("catalog")
    Database db;

    /** Replaces a product: the delete and the insert commit together or not at all. */
    public void put(String sku, String name, BigDecimal price) {
        db.execute("delete from sample_products where sku = ?", sku);
        db.execute("insert into sample_products (sku, name, price) values (?, ?, ?)", sku, name, price);
    }

    @DuoTransaction(database = "catalog", readOnly = true)
    public Optional<BigDecimal> price(String sku) {
        return db.queryValue(BigDecimal.class, "select price from sample_products where sku = ?", sku);
    }

    @DuoTransaction(database = "catalog", readOnly = true)
    public List<String> names() {
        return db.query("select name from sample_products order by name").stream()
                .map(r -> r.get("name", String.class))
                .collect(Collectors.toList());
    }
}
