package org.duoorm.internal.db;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.util.Optional;
import java.util.function.Function;
import org.duoorm.Database;
import org.duoorm.ReactiveDatabase;
import org.duoorm.ReactiveSession;
import org.duoorm.Row;
import org.duoorm.TransactionOptions;
import org.duoorm.internal.reactive.RClient;
import org.duoorm.internal.reactive.ReactiveSql;
import org.duoorm.internal.reactive.ReactiveTransactions;
import org.duoorm.internal.sql.ParsedSql;
import org.duoorm.internal.Checks;

/** The reactive face of a {@link DuoDatabase}. Every operation checks, at subscription, that reactive use is enabled. */
final class ReactiveFacade extends ReactiveSql implements ReactiveDatabase {
    private final DuoDatabase database;
    private final ReactiveTransactions transactions;

    ReactiveFacade(DuoDatabase database, ReactiveTransactions transactions, boolean backslash) {
        super(backslash);
        this.database = database;
        this.transactions = transactions;
    }

    @Override
    protected <T> Uni<T> run(ParsedSql sql, Function<RClient, Uni<T>> op) {
        return database.reactiveEngineUni().chain(e -> Uni.createFrom().context(ctx -> transactions.target(ctx).run(sql, op)));
    }

    @Override
    protected Multi<Row> streamRows(ParsedSql sql, Object[] params, int fetchSize) {
        return database.reactiveEngineUni().onItem().transformToMulti(e -> Multi.createFrom().context(ctx ->
                transactions.target(ctx).stream(sql, params, fetchSize)));
    }

    @Override
    public Database blocking() {
        return database;
    }

    @Override
    public Uni<Void> connect() {
        return Uni.createFrom().<Void>item(() -> {
            database.reactiveEngine();
            database.connect();
            return null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @Override
    public Uni<Void> disconnect() {
        return Uni.createFrom().<Void>item(() -> {
            database.disconnect();
            return null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @Override
    public Uni<Void> close() {
        return Uni.createFrom().<Void>item(() -> {
            database.close();
            return null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @Override
    public <R> Uni<R> transaction(Function<ReactiveSession, Uni<R>> work) {
        return transaction(TransactionOptions.defaults(), work);
    }

    @Override
    public <R> Uni<R> transaction(TransactionOptions options, Function<ReactiveSession, Uni<R>> work) {
        Checks.notNull(options, "options");
        Checks.notNull(work, "work");
        return database.reactiveEngineUni().chain(e -> transactions.run(options, work));
    }

    @Override
    public Uni<Void> useTransaction(Function<ReactiveSession, Uni<?>> work) {
        return useTransaction(TransactionOptions.defaults(), work);
    }

    @Override
    public Uni<Void> useTransaction(TransactionOptions options, Function<ReactiveSession, Uni<?>> work) {
        Checks.notNull(work, "work");
        return transaction(options, s -> work.apply(s).replaceWithVoid());
    }

    @Override
    public <R> Multi<R> transactionMulti(TransactionOptions options, Function<ReactiveSession, Multi<R>> work) {
        Checks.notNull(options, "options");
        Checks.notNull(work, "work");
        return database.reactiveEngineUni().onItem().transformToMulti(e -> transactions.runMulti(options, work));
    }

    @Override
    public Uni<Optional<ReactiveSession>> currentSession() {
        return Uni.createFrom().context(ctx -> Uni.createFrom().item(Optional.ofNullable(transactions.currentSession(ctx))));
    }

    @Override
    public Uni<ReactiveSession> standaloneSession() {
        return database.reactiveEngineUni().chain(e -> transactions.standalone());
    }

    @Override
    public String toString() {
        return "ReactiveDatabase[" + database.name() + "]";
    }
}
