package org.duoorm.internal.reactive;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.duoorm.Row;
import org.duoorm.TransactionOptions;
import org.duoorm.internal.sql.ParsedSql;

/**
 * Statements that run on their own. A stream still needs a short transaction of its own (PostgreSQL
 * keeps cursors only inside one), opened at subscription and ended on every kind of termination.
 */
public final class AutoCommitReactive implements ReactiveTarget {
    private static final TransactionOptions CURSOR = TransactionOptions.defaults().withReadOnly(false);

    private final Supplier<ReactiveEngine> engine;

    public AutoCommitReactive(Supplier<ReactiveEngine> engine) {
        this.engine = engine;
    }

    @Override
    public <T> Uni<T> run(ParsedSql sql, Function<RClient, Uni<T>> op) {
        return Uni.createFrom().deferred(() -> op.apply(engine.get().autoCommit()));
    }

    @Override
    public Multi<Row> stream(ParsedSql sql, Object[] params, int fetchSize) {
        // Mutiny's resource operator can drop a resource whose arrival races with a cancellation, and then
        // runs no finalizer: the connection is also kept here, and whoever takes it first ends it, once.
        return Multi.createFrom().deferred(() -> {
            AtomicReference<RConnection> held = new AtomicReference<>();
            return Multi.createFrom().resourceFromUni(() -> acquire(engine.get()).invoke(held::set),
                            c -> c.begin(CURSOR).onItem().transformToMulti(v -> c.stream(sql, params, fetchSize)))
                    .withFinalizer(c -> end(held, true),
                            (c, e) -> end(held, false),
                            c -> end(held, false))
                    .onCancellation().call(() -> end(held, false));
        });
    }

    private static Uni<Void> end(AtomicReference<RConnection> held, boolean commit) {
        RConnection c = held.getAndSet(null);
        if (c == null) {
            return Uni.createFrom().voidItem();
        }
        return commit ? c.commit().eventually(c::release)
                : c.rollback().onFailure().recoverWithNull().eventually(c::release);
    }

    /**
     * A connection as a {@code Uni}: if the subscriber cancels before the connection arrives, the
     * connection goes straight back to the pool when it does.
     */
    public static Uni<RConnection> acquire(ReactiveEngine engine) {
        return Uni.createFrom().emitter(em -> {
            AtomicInteger state = new AtomicInteger(); // 0 waiting, 1 delivered, 2 abandoned
            em.onTermination(() -> state.compareAndSet(0, 2));
            engine.acquire().whenComplete((c, e) -> {
                if (e != null) {
                    if (state.compareAndSet(0, 1)) {
                        em.fail(e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e);
                    }
                } else if (state.compareAndSet(0, 1)) {
                    em.complete(c);
                } else {
                    c.release().subscribe().with(v -> { }, f -> { });
                }
            });
        });
    }
}
