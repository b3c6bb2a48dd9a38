package org.duoorm.internal.reactive;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.duoorm.Row;
import org.duoorm.TransactionOptions;
import org.duoorm.internal.sql.ParsedSql;
import org.duoorm.internal.tx.TxState;

/**
 * A reactive unit of work (or standalone session): one connection in a transaction. Its state guards the
 * connection, so a statement is asked about when it is submitted and again when its turn comes.
 */
public final class ReactiveTx extends TxState implements ReactiveTarget {
    private final RConnection connection;
    private final AtomicInteger savepoints = new AtomicInteger();
    private final java.util.List<java.util.function.Supplier<Uni<Void>>> beforeCommit = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile VSession session;

    public ReactiveTx(String database, TransactionOptions options, RConnection connection, boolean managed) {
        super(database, options, managed);
        this.connection = connection;
        connection.guard(this);
    }

    public RConnection connection() {
        return connection;
    }

    /** The one session of this unit of work (or standalone session). */
    public VSession session() {
        return session;
    }

    void session(VSession s) {
        this.session = s;
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
    public <T> Uni<T> run(ParsedSql sql, Function<RClient, Uni<T>> op) {
        return Uni.createFrom().deferred(() -> {
            RuntimeException refused = beforeStatement(sql);
            return refused != null ? Uni.createFrom().<T>failure(refused)
                    : op.apply(connection).onFailure().invoke(this::statementFailed);
        });
    }

    @Override
    public Multi<Row> stream(ParsedSql sql, Object[] params, int fetchSize) {
        return Multi.createFrom().deferred(() -> {
            RuntimeException refused = beforeStatement(sql);
            return refused != null ? Multi.createFrom().<Row>failure(refused)
                    : connection.stream(sql, params, fetchSize).onFailure().invoke(this::statementFailed);
        });
    }
}
