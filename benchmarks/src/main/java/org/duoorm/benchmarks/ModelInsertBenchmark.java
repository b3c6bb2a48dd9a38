package org.duoorm.benchmarks;

import io.vertx.sqlclient.Tuple;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * One new model saved, auto-commit, with its generated key read back into it: {@code item.save()} vs a
 * hand-written {@code insert ... returning id} that sets the key on the same kind of object. (DuoORM's
 * insert reads back every column, {@code RETURNING id, name, qty}, so that database defaults arrive too.)
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ModelInsertBenchmark {

    @Benchmark
    public NewItem duoBlocking(ModelState duo, Ids ids) {
        return new NewItem("duo", (int) ids.next()).save();
    }

    @Benchmark
    public NewItem plainJdbc(JdbcState jdbc, Ids ids) throws SQLException {
        NewItem item = new NewItem("jdbc", (int) ids.next());
        try (Connection c = jdbc.pool.getConnection(); PreparedStatement ps = c.prepareStatement(BenchConfig.NEW_INSERT)) {
            ps.setString(1, item.name);
            ps.setInt(2, item.qty);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                item.id = rs.getLong(1);
            }
        }
        return item;
    }

    @Benchmark
    public NewItem duoReactive(ModelState duo, Ids ids) {
        return new NewItem("duo", (int) ids.next()).reactive().save().await().indefinitely();
    }

    @Benchmark
    public NewItem plainVertx(VertxState vertx, Ids ids) {
        NewItem item = new NewItem("vertx", (int) ids.next());
        item.id = vertx.pool.preparedQuery(BenchConfig.NEW_INSERT_VX)
                .execute(Tuple.of(item.name, item.qty))
                .toCompletionStage().toCompletableFuture().join()
                .iterator().next().getLong(0);
        return item;
    }
}
