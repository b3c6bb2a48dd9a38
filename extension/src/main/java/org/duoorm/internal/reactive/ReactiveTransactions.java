package org.duoorm.internal.reactive;

import io.smallrye.mutiny.Context;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.duoorm.Database;
import org.duoorm.Mode;
import org.duoorm.ReactiveSession;
import org.duoorm.TransactionOptions;
import org.duoorm.internal.Listeners;
import org.duoorm.internal.tx.Propagations;

/**
 * Reactive units of work of one database. The open one lives in the Mutiny subscription context
 * under a key of this database's own, never on a thread: it follows the pipeline across thread hops,
 * and two databases never see each other's.
 */
public final class ReactiveTransactions {
    private static final AtomicLong IDS = new AtomicLong();
    private static final String WHERE = "in this subscription";

    private final String key = "org.duoorm.unit-of-work#" + IDS.incrementAndGet();
    private final Database database;
    private final Supplier<ReactiveEngine> engine;
    private final boolean backslash;
    private final Listeners listeners;
    private final AutoCommitReactive autoCommit;
    /** How many times a unit of work starts again after losing its connection at BEGIN: one per pooled connection. */
    private final int lostAtBeginRetries;

    public ReactiveTransactions(Database database, Supplier<ReactiveEngine> engine, boolean backslash, Listeners listeners,
            int poolSize) {
        this.lostAtBeginRetries = Math.max(1, poolSize);
        this.database = database;
        this.engine = engine;
        this.backslash = backslash;
        this.listeners = listeners;
        this.autoCommit = new AutoCommitReactive(engine);
    }

    /** The target for a statement made on the database: the context's unit of work, or a connection of its own. */
    public ReactiveTarget target(Context ctx) {
        ReactiveTx tx = ctx.getOrElse(key, () -> null);
        return tx != null ? tx : autoCommit;
    }

    public ReactiveSession currentSession(Context ctx) {
        ReactiveTx tx = ctx.getOrElse(key, () -> null);
        return tx == null ? null : tx.session();
    }

    public <R> Uni<R> run(TransactionOptions o, Function<ReactiveSession, Uni<R>> work) {
        return Uni.createFrom().context(ctx -> {
            ReactiveTx existing = ctx.getOrElse(key, () -> null);
            Propagations.Action action = Propagations.decide(o.propagation(), existing != null);
            switch (action) {
                case JOIN:
                    return join(existing, o, work);
                case BEGIN:
                case BEGIN_SUSPENDING:
                    return beginRetrying(o, work, lostAtBeginRetries);
                case SAVEPOINT:
                    return nested(existing, work);
                case WITHOUT:
                case WITHOUT_SUSPENDING:
                    return withoutUnitOfWork(work);
                default:
                    return Uni.createFrom().failure(Propagations.refusal(action, database.name(), WHERE));
            }
        });
    }

    private <R> Uni<R> join(ReactiveTx tx, TransactionOptions o, Function<ReactiveSession, Uni<R>> work) {
        return Uni.createFrom().deferred(() -> {
            tx.checkUsable();
            return Uni.createFrom().deferred(() -> {
                tx.checkJoinable(o);
                return work.apply(tx.session());
            }).onFailure().invoke(tx::scopeFailed).onCancellation().invoke(tx::scopeCancelled);
        });
    }

    private <R> Uni<R> withoutUnitOfWork(Function<ReactiveSession, Uni<R>> work) {
        return Scopes.withContext(Uni.createFrom().deferred(() -> work.apply(VSession.autoCommit(database, backslash,
                autoCommit))), ctx -> ctx.delete(key));
    }

    private <R> Uni<R> begin(TransactionOptions o, Function<ReactiveSession, Uni<R>> work) {
        return Scopes.using(() -> engine.get().acquire().thenApply(c -> unitOfWork(o, c)),
                (tx, ctx) -> {
                    ctx.put(key, tx);
                    Uni<R> body = begin(tx, o).invoke(() -> listeners.begin(Mode.REACTIVE))
                            .chain(() -> Uni.createFrom().deferred(() -> work.apply(tx.session())));
                    if (!o.timeout().isZero()) {
                        // at the limit: stop the statement running now (cancel request, KILL QUERY), then fail
                        body = body.ifNoItem().after(o.timeout()).recoverWithUni(() -> tx.connection().interrupt()
                                .chain(() -> Uni.createFrom().failure(tx.timedOut())));
                    }
                    return body.call(r -> (tx.isRollbackOnly() ? Uni.createFrom().voidItem() : tx.runBeforeCommit())
                            .chain(() -> commit(tx)));
                },
                this::end);
    }

    /**
     * BEGIN on the unit's connection. A pooled connection whose server session ended while it sat idle (a restart,
     * a proxy or firewall that dropped it) can be lent before its event loop has seen the close; its BEGIN then
     * fails as a lost connection. Nothing of the unit has run (its work is called only after BEGIN), so the unit
     * starts again on another connection: {@link LostAtBegin} marks that case for {@link #beginRetrying}.
     */
    private static Uni<Void> begin(ReactiveTx tx, TransactionOptions o) {
        return tx.connection().begin(o).onFailure(org.duoorm.ConnectionLostException.class).transform(LostAtBegin::new);
    }

    /**
     * Begins, and begins again on another connection as long as the connection lent was lost at BEGIN: after a
     * restart every idle connection of the pool can be dead, and each attempt takes one of them out.
     */
    private <R> Uni<R> beginRetrying(TransactionOptions o, Function<ReactiveSession, Uni<R>> work, int retries) {
        Uni<R> once = begin(o, work);
        return retries == 0 ? once.onFailure(LostAtBegin.class).transform(Throwable::getCause)
                : once.onFailure(LostAtBegin.class).recoverWithUni(e -> pause(retries).chain(() -> beginRetrying(o, work, retries - 1)));
    }

    private <R> Multi<R> beginMultiRetrying(Context ctx, TransactionOptions o, Function<ReactiveSession, Multi<R>> work,
            int retries) {
        Multi<R> once = beginMulti(ctx, o, work);
        return retries == 0 ? once.onFailure(LostAtBegin.class).transform(Throwable::getCause)
                : once.onFailure(LostAtBegin.class).recoverWithMulti(e -> pause(retries).onItem()
                        .transformToMulti(v -> beginMultiRetrying(ctx, o, work, retries - 1)));
    }

    /**
     * A short wait before beginning again (5 ms, growing with each attempt). The lost connection went back to the
     * pool, which drops it once its event loop has handled the close; asked again at once, the pool could lend
     * the same dead connection (seen with eventLoops 0).
     */
    private Uni<Void> pause(int retriesLeft) {
        long millis = 5L * (lostAtBeginRetries - retriesLeft + 1);
        return Uni.createFrom().voidItem().onItem().delayIt().by(java.time.Duration.ofMillis(millis));
    }

    /** A unit of work that lost its connection at BEGIN, before any of its work: safe to start again. */
    private static final class LostAtBegin extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LostAtBegin(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private ReactiveTx unitOfWork(TransactionOptions o, RConnection c) {
        ReactiveTx tx = new ReactiveTx(database.name(), o, c, true);
        VSession.managed(database, backslash, tx);
        return tx;
    }

    /** Commits, unless something inside failed: then the commit is refused (the caller rolls back). */
    private Uni<Void> commit(ReactiveTx tx) {
        RuntimeException refused = tx.commitRefusal();
        return refused != null ? Uni.createFrom().failure(refused)
                : tx.connection().commit().invoke(() -> listeners.commit(Mode.REACTIVE));
    }

    private Uni<Void> end(ReactiveTx tx, Scopes.Outcome outcome) {
        switch (outcome) {
            case SUCCESS:
                tx.end("it committed");
                return tx.connection().release();
            case FAILURE:
                tx.end("it failed and was rolled back");
                return rollbackAndRelease(tx);
            default:
                tx.end("it was cancelled and rolled back");
                return rollbackAndRelease(tx);
        }
    }

    private Uni<Void> rollbackAndRelease(ReactiveTx tx) {
        // A second ROLLBACK when the first fails: a cancel request meant for a statement of a timed-out unit may land
        // on the first one instead.
        return tx.connection().rollback().onFailure().recoverWithUni(() -> tx.connection().rollback())
                .invoke(() -> listeners.rollback(Mode.REACTIVE))
                .onFailure().recoverWithNull()
                .eventually(() -> tx.connection().release());
    }

    private <R> Uni<R> nested(ReactiveTx tx, Function<ReactiveSession, Uni<R>> work) {
        return Uni.createFrom().deferred(() -> {
            tx.checkUsable();
            String name = tx.nextSavepointName();
            RConnection c = tx.connection();
            // Pending tracked changes belong to the outer scope: written before the savepoint, they survive it.
            return tx.runBeforeCommit().chain(() -> {
                java.util.List<Object> marks = tx.savepointMarks();
                // Nothing had failed when the scope began (checkUsable): undoing it undoes its failure too.
                Supplier<Uni<Void>> undo = () -> c.rollbackToSavepoint(name).invoke(() -> {
                    tx.clearFailure();
                    tx.rolledBackTo(marks);
                }).onFailure().recoverWithNull();
                return c.savepoint(name)
                        .chain(() -> Uni.createFrom().deferred(() -> work.apply(tx.session())))
                        .call(r -> {
                            RuntimeException refused = tx.nestedRefusal();
                            return refused != null ? Uni.createFrom().failure(refused) : c.releaseSavepoint(name);
                        })
                        .onFailure().call(e -> undo.get())
                        .onCancellation().call(undo::get);
            });
        });
    }

    public <R> Multi<R> runMulti(TransactionOptions o, Function<ReactiveSession, Multi<R>> work) {
        return Multi.createFrom().context(ctx -> {
            ReactiveTx existing = ctx.getOrElse(key, () -> null);
            Propagations.Action action = Propagations.decide(o.propagation(), existing != null);
            switch (action) {
                case JOIN:
                    return joinMulti(existing, o, work);
                case BEGIN:
                case BEGIN_SUSPENDING:
                    return beginMultiRetrying(ctx, o, work, lostAtBeginRetries);
                case SAVEPOINT:
                    return nestedMulti(existing, work);
                case WITHOUT:
                case WITHOUT_SUSPENDING:
                    return withoutMulti(ctx, work);
                default:
                    return Multi.createFrom().failure(Propagations.refusal(action, database.name(), WHERE));
            }
        });
    }

    private static <R> Multi<R> joinMulti(ReactiveTx tx, TransactionOptions o, Function<ReactiveSession, Multi<R>> work) {
        return Multi.createFrom().deferred(() -> {
            tx.checkUsable();
            return Multi.createFrom().deferred(() -> {
                tx.checkJoinable(o);
                return work.apply(tx.session());
            }).onFailure().invoke(tx::scopeFailed);
        });
    }

    /** A stream under a savepoint of the open unit of work: released when the stream completes, rolled back to otherwise. */
    private static <R> Multi<R> nestedMulti(ReactiveTx tx, Function<ReactiveSession, Multi<R>> work) {
        return Multi.createFrom().deferred(() -> {
            tx.checkUsable();
            String name = tx.nextSavepointName();
            RConnection c = tx.connection();
            java.util.concurrent.atomic.AtomicReference<java.util.List<Object>> marks =
                    new java.util.concurrent.atomic.AtomicReference<>();
            Supplier<Uni<Void>> undo = () -> c.rollbackToSavepoint(name).invoke(() -> {
                tx.clearFailure();
                if (marks.get() != null) {
                    tx.rolledBackTo(marks.get());
                }
            }).onFailure().recoverWithNull();
            // Pending tracked changes belong to the outer scope: written before the savepoint, they survive it.
            return tx.runBeforeCommit().invoke(() -> marks.set(tx.savepointMarks())).chain(() -> c.savepoint(name))
                    .onItem().transformToMulti(v -> work.apply(tx.session()))
                    .onCompletion().call(() -> {
                        RuntimeException refused = tx.nestedRefusal();
                        return refused != null ? Uni.createFrom().failure(refused) : c.releaseSavepoint(name);
                    })
                    .onFailure().call(e -> undo.get())
                    .onCancellation().call(undo::get);
        });
    }

    /** A stream whose statements run on their own; an open unit of work is set aside until the stream ends. */
    private <R> Multi<R> withoutMulti(Context ctx, Function<ReactiveSession, Multi<R>> work) {
        Runnable restore = suspend(ctx);
        return Multi.createFrom().deferred(() -> work.apply(VSession.autoCommit(database, backslash, autoCommit)))
                .onTermination().invoke(restore);
    }

    /** Takes the open unit of work out of the context; the returned action puts it back. */
    private Runnable suspend(Context ctx) {
        Object previous = ctx.getOrElse(key, () -> null);
        ctx.delete(key);
        return () -> {
            if (previous != null) {
                ctx.put(key, previous);
            } else {
                ctx.delete(key);
            }
        };
    }

    private <R> Multi<R> beginMulti(Context ctx, TransactionOptions o, Function<ReactiveSession, Multi<R>> work) {
        Runnable suspended = suspend(ctx);
        Function<ReactiveTx, Uni<Void>> restore = tx -> Uni.createFrom().item(() -> {
            suspended.run();
            return null;
        });
        return Multi.createFrom().resourceFromUni(
                        () -> AutoCommitReactive.acquire(engine.get()).map(c -> unitOfWork(o, c)),
                        tx -> {
                            ctx.put(key, tx);
                            // Tracked changes are written when the stream completes, while the subscription
                            // context still holds the unit of work (the finalizer runs after it is taken out).
                            Multi<R> body = begin(tx, o).invoke(() -> listeners.begin(Mode.REACTIVE))
                                    .onItem().transformToMulti(v -> work.apply(tx.session()));
                            if (!o.timeout().isZero()) {
                                // the stream ends at the limit (its statement stopped), and then fails as timed out
                                body = body.select().first(o.timeout()).onCompletion().call(() -> tx.deadline() != null
                                        && tx.deadline().passed() ? tx.connection().interrupt()
                                                .chain(() -> Uni.createFrom().<Void>failure(tx.timedOut()))
                                        : Uni.createFrom().voidItem());
                            }
                            return body.onCompletion().call(() -> tx.isRollbackOnly() ? Uni.createFrom().voidItem() : tx.runBeforeCommit());
                        })
                .withFinalizer(
                        tx -> restore.apply(tx).chain(() -> commit(tx))
                                .onItemOrFailure().transformToUni((v, e) -> e == null ? end(tx, Scopes.Outcome.SUCCESS)
                                        : end(tx, Scopes.Outcome.FAILURE).chain(() -> Uni.createFrom().<Void>failure(e))),
                        (tx, e) -> restore.apply(tx).chain(() -> end(tx, Scopes.Outcome.FAILURE)),
                        tx -> restore.apply(tx).chain(() -> end(tx, Scopes.Outcome.CANCELLED)));
    }

    /** A standalone session: its own connection, in a transaction the caller ends. */
    public Uni<ReactiveSession> standalone() {
        return Uni.createFrom().deferred(() -> AutoCommitReactive.acquire(engine.get()))
                .chain(c -> c.begin(TransactionOptions.defaults())
                        .onFailure().call(e -> c.release())
                        .map(v -> (ReactiveSession) VSession.standalone(database, backslash,
                                new ReactiveTx(database.name(), TransactionOptions.defaults(), c, false))));
    }
}
