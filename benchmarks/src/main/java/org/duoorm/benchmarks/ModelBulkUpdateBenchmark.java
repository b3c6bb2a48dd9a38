package org.duoorm.benchmarks;

import io.vertx.sqlclient.Tuple;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * A bulk update of 100 rows (a random id range), auto-commit, returning the count:
 * {@code where(ID.between(lo, hi)).updateBulk(QTY.set(v))} vs the same UPDATE written by hand.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ModelBulkUpdateBenchmark {

    private static long low(Ids ids) {
        return 1 + ids.next() % (BenchConfig.ROWS - BenchConfig.UPDATE_ROWS + 1);
    }

    @Benchmark
    public int duoBlocking(ModelState duo, Ids ids) {
        long lo = low(ids);
        return duo.updItems.where(UpdItem.ID.between(lo, lo + BenchConfig.UPDATE_ROWS - 1))
                .updateBulk(UpdItem.QTY.set((int) (lo % 100)));
    }

    @Benchmark
    public int plainJdbc(JdbcState jdbc, Ids ids) throws SQLException {
        long lo = low(ids);
        try (Connection c = jdbc.pool.getConnection(); PreparedStatement ps = c.prepareStatement(BenchConfig.UPD_UPDATE)) {
            ps.setInt(1, (int) (lo % 100));
            ps.setLong(2, lo);
            ps.setLong(3, lo + BenchConfig.UPDATE_ROWS - 1);
            return ps.executeUpdate();
        }
    }

    @Benchmark
    public int duoReactive(ModelState duo, Ids ids) {
        long lo = low(ids);
        return duo.reactiveUpdItems.where(UpdItem.ID.between(lo, lo + BenchConfig.UPDATE_ROWS - 1))
                .updateBulk(UpdItem.QTY.set((int) (lo % 100))).await().indefinitely();
    }

    @Benchmark
    public int plainVertx(VertxState vertx, Ids ids) {
        long lo = low(ids);
        return vertx.pool.preparedQuery(BenchConfig.UPD_UPDATE_VX)
                .execute(Tuple.of((int) (lo % 100), lo, lo + BenchConfig.UPDATE_ROWS - 1))
                .toCompletionStage().toCompletableFuture().join()
                .rowCount();
    }
}
