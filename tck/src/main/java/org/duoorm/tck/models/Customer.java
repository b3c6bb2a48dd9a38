package org.duoorm.tck.models;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.duoorm.DuoDatabase;
import org.duoorm.model.Model;

/** A model of "shop". */
@DuoDatabase("shop")
@Table(name = "tck_cdi_customer")
public class Customer extends Model<Customer> {
    @Id
    @GeneratedValue
    public Long id;
    public String name;
}
