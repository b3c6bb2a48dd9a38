package org.duoorm.benchmarks;

import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.duoorm.model.Columns;
import org.duoorm.model.NumberColumn;

/** A row of {@code bench_upd} (unlogged copy of {@code bench_item}, made afresh per trial): the bulk update benchmark. */
@Table(name = "bench_upd")
public class UpdItem {
    static final NumberColumn<UpdItem, Long> ID = Columns.number(UpdItem.class, "id", Long.class);
    static final NumberColumn<UpdItem, Integer> QTY = Columns.number(UpdItem.class, "qty", Integer.class);

    @Id
    public Long id;
    public String name;
    public int qty;

    public UpdItem() {
    }
}
