package org.duoorm.benchmarks;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.duoorm.model.Model;

/** A row of {@code bench_new} (unlogged, created afresh per trial): the insert benchmarks; the key is generated. */
@Table(name = "bench_new")
public class NewItem extends Model<NewItem> {
    @Id
    @GeneratedValue
    public Long id;
    public String name;
    public int qty;

    public NewItem() {
    }

    NewItem(String name, int qty) {
        this.name = name;
        this.qty = qty;
    }

    /** The payload of one row of a bulk insert, for DuoORM and the hand-written code alike. */
    public record Data(String name, int qty) {
    }
}
