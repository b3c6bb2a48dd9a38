package org.duoorm.benchmarks;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * 64 gets by primary key in flight at once on a 4-connection pool, reactive only: each invocation starts
 * 64 {@code get(id)} and waits for all of them ({@code Uni.join().all(...)}), against 64 hand-written
 * Vert.x queries mapped to {@link Item} and joined with {@code Future.all}. Scores are gets per second
 * ({@code @OperationsPerInvocation(64)}). Run it with one benchmark thread: the parallelism is inside.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(BenchConfig.IN_FLIGHT)
public class ConcurrentGetBenchmark {

    @Benchmark
    public List<Optional<Item>> duoReactive(ModelState duo, Ids ids) {
        List<Uni<Optional<Item>>> gets = new ArrayList<>(BenchConfig.IN_FLIGHT);
        for (int i = 0; i < BenchConfig.IN_FLIGHT; i++) {
            gets.add(duo.reactiveItems.get(ids.next()));
        }
        return Uni.join().all(gets).andFailFast().await().indefinitely();
    }

    @Benchmark
    public List<Optional<Item>> plainVertx(VertxState vertx, Ids ids) {
        List<Future<Optional<Item>>> gets = new ArrayList<>(BenchConfig.IN_FLIGHT);
        for (int i = 0; i < BenchConfig.IN_FLIGHT; i++) {
            gets.add(vertx.pool.preparedQuery(BenchConfig.ITEM_BY_ID_VX).execute(Tuple.of(ids.next()))
                    .map(VertxMapping::first));
        }
        Future.all(gets).toCompletionStage().toCompletableFuture().join();
        List<Optional<Item>> items = new ArrayList<>(gets.size());
        for (Future<Optional<Item>> f : gets) {
            items.add(f.result());
        }
        return items;
    }
}
