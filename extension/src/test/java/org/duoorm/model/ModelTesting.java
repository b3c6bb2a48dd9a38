package org.duoorm.model;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.duoorm.Database;
import org.duoorm.testing.TestDatabases;
import org.junit.jupiter.params.provider.Arguments;

/** Runs each model test on every database, blocking and reactive. */
public final class ModelTesting {
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private ModelTesting() {
    }

    /** Blocking or reactive: each test calls {@link #call} with both forms and this picks one. */
    public enum Way {
        BLOCKING, REACTIVE;

        public <V> V call(Supplier<V> blocking, Supplier<Uni<V>> reactive) {
            return this == BLOCKING ? blocking.get() : reactive.get().await().atMost(TIMEOUT);
        }

        public void run(Runnable blocking, Supplier<Uni<?>> reactive) {
            if (this == BLOCKING) {
                blocking.run();
            } else {
                reactive.get().await().atMost(TIMEOUT);
            }
        }

        public <V> List<V> list(Supplier<Stream<V>> blocking, Supplier<Multi<V>> reactive) {
            if (this == REACTIVE) {
                return reactive.get().collect().asList().await().atMost(TIMEOUT);
            }
            try (Stream<V> s = blocking.get()) {
                return s.toList();
            }
        }
    }

    /** For {@code @MethodSource}: every database times both ways. */
    public static Stream<Arguments> everywhere() {
        return TestDatabases.all().flatMap(t -> Stream.of(Arguments.of(t, Way.BLOCKING), Arguments.of(t, Way.REACTIVE)));
    }

    /** A new database with the models registered and their tables created afresh. */
    public static Database open(TestDatabases.Target target, Class<?>... models) {
        Database db = Database.create(target.config().build());
        Models.register(db, models);
        Schema schema = Models.schema(db);
        schema.drop();
        schema.create();
        return db;
    }
}
