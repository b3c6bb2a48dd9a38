package org.duoorm.benchmarks;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * 1,000 rows inserted in one transaction: {@code createBulk(records)} vs a hand-written JDBC batch
 * ({@code addBatch}/{@code executeBatch}, commit) and a Vert.x {@code executeBatch} in
 * {@code withTransaction}. Both sides read the same list of records; both return the rows inserted.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ModelBulkInsertBenchmark {

    @Benchmark
    public int duoBlocking(ModelState duo, BulkPayload payload) {
        return duo.newItems.createBulk(payload.rows);
    }

    @Benchmark
    public int plainJdbc(JdbcState jdbc, BulkPayload payload) throws SQLException {
        try (Connection c = jdbc.pool.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(BenchConfig.NEW_INSERT_BATCH)) {
                for (NewItem.Data d : payload.rows) {
                    ps.setString(1, d.name());
                    ps.setInt(2, d.qty());
                    ps.addBatch();
                }
                int n = 0;
                for (int k : ps.executeBatch()) {
                    n += k;
                }
                c.commit();
                return n;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    @Benchmark
    public int duoReactive(ModelState duo, BulkPayload payload) {
        return duo.reactiveNewItems.createBulk(payload.rows).await().indefinitely();
    }

    @Benchmark
    public int plainVertx(VertxState vertx, BulkPayload payload) {
        return vertx.pool.withTransaction(c -> {
            List<Tuple> tuples = new ArrayList<>(payload.rows.size());
            for (NewItem.Data d : payload.rows) {
                tuples.add(Tuple.of(d.name(), d.qty()));
            }
            return c.preparedQuery(BenchConfig.NEW_INSERT_BATCH_VX).executeBatch(tuples);
        }).map(ModelBulkInsertBenchmark::rowCount).toCompletionStage().toCompletableFuture().join();
    }

    static int rowCount(RowSet<Row> set) {
        int n = 0;
        for (RowSet<Row> s = set; s != null; s = s.next()) {
            n += s.rowCount();
        }
        return n;
    }
}
