package org.duoorm.benchmarks;

import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * A model by primary key, auto-commit: {@code items.get(id)} vs a hand-written select mapped to the same
 * {@link Item}, blocking (JDBC on Agroal) and reactive (Vert.x pool).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ModelGetBenchmark {

    @Benchmark
    public Optional<Item> duoBlocking(ModelState duo, Ids ids) {
        return duo.items.get(ids.next());
    }

    @Benchmark
    public Optional<Item> plainJdbc(JdbcState jdbc, Ids ids) throws SQLException {
        try (Connection c = jdbc.pool.getConnection(); PreparedStatement ps = c.prepareStatement(BenchConfig.ITEM_BY_ID)) {
            ps.setLong(1, ids.next());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Item(rs.getLong(1), rs.getString(2), rs.getInt(3))) : Optional.empty();
            }
        }
    }

    /** Hibernate ORM 7: a session per lookup, {@code find} by key (no transaction, as DuoORM's auto-commit get). */
    @Benchmark
    public Optional<HItem> hibernate(HibernateState h, Ids ids) {
        try (org.hibernate.Session s = h.sessions.openSession()) {
            return Optional.ofNullable(s.find(HItem.class, ids.next()));
        }
    }

    @Benchmark
    public Optional<Item> duoReactive(ModelState duo, Ids ids) {
        return duo.reactiveItems.get(ids.next()).await().indefinitely();
    }

    @Benchmark
    public Optional<Item> plainVertx(VertxState vertx, Ids ids) {
        RowSet<io.vertx.sqlclient.Row> set = vertx.pool.preparedQuery(BenchConfig.ITEM_BY_ID_VX)
                .execute(Tuple.of(ids.next()))
                .toCompletionStage().toCompletableFuture().join();
        return VertxMapping.first(set);
    }
}
