package org.duoorm.benchmarks;

import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.duoorm.Row;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * One auto-commit select of one row by primary key, each result materialized as a list of rows:
 * DuoORM blocking vs plain JDBC on Agroal, DuoORM reactive vs plain Vert.x.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SelectByIdBenchmark {

    @Benchmark
    public List<Row> duoBlocking(DuoState duo, Ids ids) {
        return duo.db.query(BenchConfig.SELECT_SQL, ids.next());
    }

    @Benchmark
    public List<Object[]> plainJdbc(JdbcState jdbc, Ids ids) throws SQLException {
        try (Connection c = jdbc.pool.getConnection(); PreparedStatement ps = c.prepareStatement(BenchConfig.SELECT_SQL)) {
            ps.setLong(1, ids.next());
            try (ResultSet rs = ps.executeQuery()) {
                List<Object[]> rows = new ArrayList<>(1);
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getInt(3)});
                }
                return rows;
            }
        }
    }

    @Benchmark
    public List<Row> duoReactive(DuoState duo, Ids ids) {
        return duo.db.reactive().query(BenchConfig.SELECT_SQL, ids.next()).await().indefinitely();
    }

    @Benchmark
    public List<Object[]> plainVertx(VertxState vertx, Ids ids) {
        RowSet<io.vertx.sqlclient.Row> set = vertx.pool.preparedQuery(BenchConfig.SELECT_SQL_VX)
                .execute(Tuple.of(ids.next()))
                .toCompletionStage().toCompletableFuture().join();
        List<Object[]> rows = new ArrayList<>(set.size());
        for (io.vertx.sqlclient.Row r : set) {
            rows.add(new Object[] {r.getLong(0), r.getString(1), r.getInteger(2)});
        }
        return rows;
    }
}
