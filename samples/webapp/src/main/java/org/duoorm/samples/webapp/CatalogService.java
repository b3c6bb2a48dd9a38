package org.duoorm.samples.webapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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

    public void create(String sku, String name, BigDecimal price) {
        db.execute("insert into srv_products (sku, name, price) values (?, ?, ?)", sku, name, price);
    }

    /** @return one page of the products whose SKU starts with the prefix, by SKU */
    @DuoTransaction(database = "catalog", readOnly = true)
    public List<Map<String, Object>> page(String prefix, int page, int size) {
        return db.query("select sku, name, price from srv_products where sku like ? order by sku limit ? offset ?",
                        prefix + "%", size, page * size)
                .stream().map(Columns::byLowerCaseName).toList();
    }

    /** @return the number of products updated: 0 or 1 */
    public int reprice(String sku, BigDecimal price) {
        return db.execute("update srv_products set price = ? where sku = ?", price, sku);
    }

    /** Inserts a product, renames every product, then fails: neither write may remain. */
    public void createThenFail(String sku, String name, BigDecimal price) {
        create(sku, name, price);
        db.execute("update srv_products set name = ?", "renamed by a failed request");
        throw new RejectedException("catalog request rejected after writing " + sku);
    }
}
