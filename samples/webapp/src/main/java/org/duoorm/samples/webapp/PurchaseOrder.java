package org.duoorm.samples.webapp;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.duoorm.DuoDatabase;
import org.duoorm.model.Model;

/** An order of the "orders" database, used reactively. */
@DuoDatabase("orders")
@Table(name = "srv_purchase_orders")
public class PurchaseOrder extends Model<PurchaseOrder> {
    public static final String NEW = "NEW";
    public static final String SHIPPED = "SHIPPED";

    @Id
    @GeneratedValue
    public Long id;

    @Column(nullable = false, length = 40)
    public String sku;

    public int quantity;

    @Column(nullable = false, length = 20)
    public String status;
}
