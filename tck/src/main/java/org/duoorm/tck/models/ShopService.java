package org.duoorm.tck.models;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.duoorm.DuoTransaction;
import org.duoorm.model.Models;

/** Model operations inside {@code @DuoTransaction} methods, blocking and reactive: no session handed around. */
@ApplicationScoped
@DuoTransaction(database = "shop")
public class ShopService {
    public static final String FAILURE = "shop fails after the insert";

    public Customer add(String name, boolean fail) {
        Customer c = Models.of(Customer.class).create(Map.of("name", name));
        if (fail) {
            throw new IllegalStateException(FAILURE);
        }
        return c;
    }

    public Uni<Customer> addUni(String name, boolean fail) {
        return Models.of(Customer.class).reactive().create(Map.of("name", name))
                .chain(c -> fail ? Uni.createFrom().failure(new IllegalStateException(FAILURE)) : Uni.createFrom().item(c));
    }

    /** Instance operations of the model base class join too. */
    public Customer rename(Customer customer, String to, boolean fail) {
        customer.name = to;
        customer.save();
        if (fail) {
            throw new IllegalStateException(FAILURE);
        }
        return customer;
    }
}
