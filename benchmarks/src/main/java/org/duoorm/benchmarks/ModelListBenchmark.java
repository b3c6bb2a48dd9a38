package org.duoorm.benchmarks;

import io.vertx.sqlclient.Tuple;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * A filtered list of 100 models, auto-commit:
 * {@code items.where(QTY.ge(x)).orderBy(ID.asc()).limit(100).all()} vs the same select written by hand and
 * mapped to {@link Item}; x is random in 0..49, so every list has 100 rows.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ModelListBenchmark {

    private static int floor(Ids ids) {
        return (int) (ids.next() % 50);
    }

    @Benchmark
    public List<Item> duoBlocking(ModelState duo, Ids ids) {
        return duo.items.where(Item.QTY.ge(floor(ids))).orderBy(Item.ID.asc()).limit(BenchConfig.LIST_LIMIT).all();
    }

    @Benchmark
    public List<Item> plainJdbc(JdbcState jdbc, Ids ids) throws SQLException {
        try (Connection c = jdbc.pool.getConnection(); PreparedStatement ps = c.prepareStatement(BenchConfig.ITEM_LIST)) {
            ps.setInt(1, floor(ids));
            try (ResultSet rs = ps.executeQuery()) {
                List<Item> items = new ArrayList<>();
                while (rs.next()) {
                    items.add(new Item(rs.getLong(1), rs.getString(2), rs.getInt(3)));
                }
                return items;
            }
        }
    }

    /** Hibernate ORM 7: a session per list, the same query in HQL (no transaction, as DuoORM's auto-commit list). */
    @Benchmark
    public List<HItem> hibernate(HibernateState h, Ids ids) {
        try (org.hibernate.Session s = h.sessions.openSession()) {
            return s.createSelectionQuery("from HItem where qty >= :floor order by id", HItem.class)
                    .setParameter("floor", floor(ids)).setMaxResults(BenchConfig.LIST_LIMIT).getResultList();
        }
    }

    @Benchmark
    public List<Item> duoReactive(ModelState duo, Ids ids) {
        return duo.reactiveItems.where(Item.QTY.ge(floor(ids))).orderBy(Item.ID.asc()).limit(BenchConfig.LIST_LIMIT).all()
                .await().indefinitely();
    }

    @Benchmark
    public List<Item> plainVertx(VertxState vertx, Ids ids) {
        return VertxMapping.all(vertx.pool.preparedQuery(BenchConfig.ITEM_LIST_VX)
                .execute(Tuple.of(floor(ids)))
                .toCompletionStage().toCompletableFuture().join());
    }
}
