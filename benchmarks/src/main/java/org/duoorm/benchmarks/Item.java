package org.duoorm.benchmarks;

import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.duoorm.model.Column;
import org.duoorm.model.Columns;
import org.duoorm.model.NumberColumn;

/** A row of {@code bench_item} (10,000 rows, read by the get and list benchmarks). Hand-written code maps to it too. */
@Table(name = "bench_item")
public class Item {
    static final NumberColumn<Item, Long> ID = Columns.number(Item.class, "id", Long.class);
    static final NumberColumn<Item, Integer> QTY = Columns.number(Item.class, "qty", Integer.class);
    static final Column<Item, String> NAME = Columns.of(Item.class, "name", String.class);

    @Id
    public Long id;
    public String name;
    public int qty;

    public Item() {
    }

    Item(Long id, String name, int qty) {
        this.id = id;
        this.name = name;
        this.qty = qty;
    }
}
