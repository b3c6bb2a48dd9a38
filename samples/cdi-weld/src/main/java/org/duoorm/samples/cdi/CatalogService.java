package org.duoorm.samples.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duoorm.DuoTransaction;
import org.duoorm.model.ModelType;
import org.duoorm.model.Models;

/**
 * Blocking service methods on the "catalog" database, with the {@link Product} model: each public method
 * is one unit of work, which the model operations join without being handed a session.
 */
@ApplicationScoped
@DuoTransaction(database = "catalog")
public class CatalogService {
    private static ModelType<Product> products() {
        return Models.of(Product.class);
    }

    /** Replaces a product: the delete and the insert commit together or not at all. */
    public void put(String sku, String name, BigDecimal price) {
        products().get(sku).ifPresent(products()::delete);
        products().create(Map.of("sku", sku, "name", name, "price", price));
    }

    @DuoTransaction(database = "catalog", readOnly = true)
    public Optional<BigDecimal> price(String sku) {
        return products().get(sku).map(p -> p.price);
    }

    @DuoTransaction(database = "catalog", readOnly = true)
    public List<String> names() {
        return products().query().orderBy("name").all().stream().map(p -> p.name).toList();
    }
}
