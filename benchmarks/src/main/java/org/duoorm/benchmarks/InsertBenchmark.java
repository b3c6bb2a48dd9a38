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
 * One auto-commit single-row insert (the id from a sequence), returning the rows affected:
 * DuoORM blocking vs plain JDBC on Agroal, DuoORM reactive vs plain Vert.x.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class InsertBenchmark {

    @Benchmark
    public int duoBlocking(DuoState duo, Ids ids) {
        return duo.db.execute(BenchConfig.INSERT_SQL, "duo", (int) ids.next());
    }

    @Benchmark
    public int plainJdbc(JdbcState jdbc, Ids ids) throws SQLException {
        try (Connection c = jdbc.pool.getConnection(); PreparedStatement ps = c.prepareStatement(BenchConfig.INSERT_SQL)) {
            ps.setString(1, "jdbc");
            ps.setInt(2, (int) ids.next());
            return ps.executeUpdate();
        }
    }

    @Benchmark
    public int duoReactive(DuoState duo, Ids ids) {
        return duo.db.reactive().execute(BenchConfig.INSERT_SQL, "duo", (int) ids.next()).await().indefinitely();
    }

    @Benchmark
    public int plainVertx(VertxState vertx, Ids ids) {
        return vertx.pool.preparedQuery(BenchConfig.INSERT_SQL_VX)
                .execute(Tuple.of("vertx", (int) ids.next()))
                .toCompletionStage().toCompletableFuture().join()
                .rowCount();
    }
}
