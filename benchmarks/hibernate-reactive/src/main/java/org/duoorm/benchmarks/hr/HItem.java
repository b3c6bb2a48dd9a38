package org.duoorm.benchmarks.hr;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code bench_item} (filled by the main benchmarks' Schema) as a Hibernate Reactive entity. */
@Entity
@Table(name = "bench_item")
public class HItem {
    @Id
    public Long id;
    public String name;
    public int qty;
}
