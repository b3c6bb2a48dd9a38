package org.duoorm.samples.webapp;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.duoorm.DuoDatabase;
import org.duoorm.model.Model;

/** A product of the "catalog" database, used blocking. */
@DuoDatabase("catalog")
@Table(name = "srv_catalog_products")
public class Product extends Model<Product> {
    @Id
    @GeneratedValue
    public Long id;

    @Column(nullable = false, unique = true, length = 40)
    public String sku;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(nullable = false, precision = 10, scale = 2)
    public BigDecimal price;

    @Version
    public int version;
}
