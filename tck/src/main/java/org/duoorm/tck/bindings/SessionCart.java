package org.duoorm.tck.bindings;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jakarta.inject.Inject;
import org.duoorm.Database;
import org.duoorm.DuoTransaction;
import org.duoorm.ReactiveDatabase;

/** A passivation-capable bean with a transactional method: its interceptors must be passivation capable too. */
@SessionScoped
public class SessionCart implements Serializable {
    private static final long serialVersionUID = 1L;
    private final List<String> items = new ArrayList<>();

    /** Passivation-capable injections: the database beans are normal-scoped, so these are serializable proxies. */
    @Inject
    Database db;
    @Inject
    ReactiveDatabase reactive;

    @DuoTransaction
    public int add(String item) {
        items.add(item);
        return items.size();
    }
}
