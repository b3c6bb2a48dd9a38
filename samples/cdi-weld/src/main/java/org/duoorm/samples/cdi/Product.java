package org.duoorm.samples.cdi;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.duoorm.DuoDatabase;
import org.duoorm.model.Model;

/**
 * A model of the "catalog" database. The extension finds it (the archive's beans.xml discovers all
 * classes), registers it with "catalog", and keeps it from becoming a bean.
 */
@DuoDatabase("catalog")
@Table(name = "sample_products")
public class Product extends Model<Product> {
    @Id
    @Column(length = 20)
    public String sku;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(nullable = false, precision = 10, scale = 2)
    public BigDecimal price;
}
