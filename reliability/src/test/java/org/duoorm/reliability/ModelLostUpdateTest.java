package org.duoorm.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.duoorm.Database;
import org.duoorm.Mode;
import org.duoorm.OptimisticLockException;
import org.duoorm.model.Model;
import org.duoorm.model.ModelType;
import org.duoorm.model.Models;
import org.duoorm.model.Schema;
import org.duoorm.testing.Leaks;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lost-update test through the model API: 32 workers read a counter model, add one, and save it;
 * {@code @Version} turns a stale save into an {@link OptimisticLockException}, which the worker answers by
 * reading again. The counters end with exactly the number of increments, in both modes.
 */
class ModelLostUpdateTest {
    private static final int WORKERS = 32;
    private static final int COUNTERS = 4;
    private static final int INCREMENTS = Scale.of(2_000);
    private static final int MAX_ATTEMPTS = 10_000;

    /** A counter with optimistic locking. */
    @Table(name = "rel_model_counter")
    public static class Counter extends Model<Counter> {
        @Id
        @GeneratedValue
        public Long id;
        public long n;
        @Version
        public long version;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.reliability.Suite#allModes")
    void versionedSavesNeverLoseAnIncrement(Target target, Mode mode) throws Exception {
        Ledger.Line line = Ledger.line("lost upd @Version", target, mode);
        try (Database db = Database.create(Suite.config(target, "lum-" + (mode == Mode.BLOCKING ? "b" : "r"))
                .engineOption("maxSize", 8).build())) {
            Models.register(db, Counter.class);
            Schema schema = Models.schema(db);
            schema.drop();
            schema.create();
            ModelType<Counter> counters = Models.of(db, Counter.class);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < COUNTERS; i++) {
                ids.add(counters.create(Map.of("n", 0L)).id);
            }
            AtomicLong conflicts = new AtomicLong();
            if (mode == Mode.BLOCKING) {
                blocking(counters, ids, conflicts);
            } else {
                reactive(counters, ids, conflicts);
            }
            long total = counters.all().stream().mapToLong(c -> c.n).sum();
            long versions = counters.all().stream().mapToLong(c -> c.version).sum();
            Leaks.assertNoActiveConnections(db);
            schema.drop();
            line.add(INCREMENTS + conflicts.get(), 0, 0, 0, Math.abs(INCREMENTS - total));
            System.out.printf("lost updates @Version %s %s: %d increments, %d stale saves retried%n", target, mode,
                    INCREMENTS, conflicts.get());
            assertEquals(INCREMENTS, total, "no increment is lost");
            assertEquals(INCREMENTS, versions, "one version step per increment");
        }
    }

    private static void blocking(ModelType<Counter> counters, List<Long> ids, AtomicLong conflicts) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(WORKERS, r -> new Thread(r, "rel-lum-worker"));
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> all = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                all.add(threads.submit(() -> {
                    for (int i = next.getAndIncrement(); i < INCREMENTS; i = next.getAndIncrement()) {
                        increment(counters, ids.get(i % COUNTERS), conflicts);
                    }
                }));
            }
            for (Future<?> f : all) {
                f.get(Scale.seconds(240), TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static void increment(ModelType<Counter> counters, Long id, AtomicLong conflicts) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Counter c = counters.get(id).orElseThrow();
            c.n = c.n + 1;
            try {
                c.save();
                return;
            } catch (OptimisticLockException e) {
                conflicts.incrementAndGet();
            }
        }
        throw new AssertionError("no success in " + MAX_ATTEMPTS + " attempts");
    }

    private static void reactive(ModelType<Counter> counters, List<Long> ids, AtomicLong conflicts) {
        Multi.createFrom().range(0, INCREMENTS)
                .onItem().transformToUni(i -> incrementUni(counters, ids.get(i % COUNTERS), conflicts))
                .merge(WORKERS)
                .collect().last()
                .await().atMost(Duration.ofSeconds(Scale.seconds(240)));
    }

    private static Uni<Counter> incrementUni(ModelType<Counter> counters, Long id, AtomicLong conflicts) {
        return counters.reactive().get(id).chain(found -> {
            Counter c = found.orElseThrow();
            c.n = c.n + 1;
            return c.reactive().save();
        }).onFailure(OptimisticLockException.class).invoke(conflicts::incrementAndGet)
                .onFailure(OptimisticLockException.class).retry().atMost(MAX_ATTEMPTS);
    }
}
