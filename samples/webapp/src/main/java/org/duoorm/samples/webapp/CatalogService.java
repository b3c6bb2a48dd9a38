package org.duoorm.samples.webapp;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Map;
import org.duoorm.DuoTransaction;
import org.duoorm.model.Page;

/** Blocking service methods on the "catalog" database: each public method is one unit of work. */
@ApplicationScoped
@DuoTransaction(database = "catalog")
public class CatalogService {

    public Product create(String sku, String name, BigDecimal price) {
        return Product_.create(Map.of("sku", sku, "name", name, "price", price));
    }

    /** @return one page of the products whose SKU starts with the prefix, by SKU */
    @DuoTransaction(database = "catalog", readOnly = true)
    public Page<Product> page(String prefix, int page, int size) {
        return Product_.where(Product_.sku.startsWith(prefix)).orderBy(Product_.sku.asc()).page(page, size);
    }

    /** Loads, changes and saves (with its version checked): @return the number of products updated, 0 or 1 */
    public int reprice(String sku, BigDecimal price) {
        return Product_.where(Product_.sku.eq(sku)).first().map(p -> {
            p.price = price;
            p.save();
            return 1;
        }).orElse(0);
    }

    /** Inserts a product, renames every product, then fails: neither write may remain. */
    public void createThenFail(String sku, String name, BigDecimal price) {
        create(sku, name, price);
        Product_.query().wholeTable().updateBulk(Map.of("name", "renamed by a failed request"));
        throw new RejectedException("catalog request rejected after writing " + sku);
    }
}
