package org.duoorm.internal.reactive;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.duoorm.Row;
import org.duoorm.TransactionOptions;
import org.duoorm.internal.sql.ParsedSql;
import org.duoorm.internal.tx.TxState;

/** A reactive unit of work (or standalone session): one connection in a transaction. */
public final class ReactiveTx extends TxState implements ReactiveTarget {
    private final RConnection connection;
    private final boolean managed;
    private final AtomicInteger savepoints = new AtomicInteger();
    private final java.util.List<java.util.function.Supplier<Uni<Void>>> beforeCommit = new java.util.concurrent.CopyOnWriteArrayList<>();

    public ReactiveTx(String database, TransactionOptions options, RConnection connection, boolean managed) {
        super(database, options);
        this.connection = connection;
        this.managed = managed;
        connection.guard(this::endedFailure);
    }

    public RConnection connection() {
        return connection;
    }

    public boolean managed() {
        return managed;
    }

    /** Work to run in this unit of work just before it commits, such as writing tracked changes. */
    public void beforeCommit(java.util.function.Supplier<Uni<Void>> work) {
        beforeCommit.add(work);
    }

    /** Runs the before-commit work in order; a failure rolls the unit of work back. */
    public Uni<Void> runBeforeCommit() {
        return Multi.createFrom().iterable(beforeCommit).onItem().transformToUniAndConcatenate(java.util.function.Supplier::get)
                .collect().last().replaceWithVoid();
    }

    public String nextSavepointName() {
        return "duoorm_sp_" + savepoints.incrementAndGet();
    }

    @Override
    public <T> Uni<T> run(Function<RClient, Uni<T>> op) {
        return Uni.createFrom().deferred(() -> {
            checkActive();
            Uni<T> u = op.apply(connection);
            return managed ? u.onFailure().invoke(e -> markRollbackOnly("a statement failed: " + e.getMessage())) : u;
        });
    }

    @Override
    public Multi<Row> stream(ParsedSql sql, Object[] params, int fetchSize) {
        return Multi.createFrom().deferred(() -> {
            checkActive();
            return connection.stream(sql, params, fetchSize);
        });
    }
}
