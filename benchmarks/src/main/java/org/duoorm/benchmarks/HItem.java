package org.duoorm.benchmarks;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** {@link Item}'s row ({@code bench_item}) as a Hibernate ORM entity, mapped as a Hibernate user would map it. */
@Entity
@Table(name = "bench_item")
public class HItem {
    @Id
    public Long id;
    public String name;
    public int qty;
}
