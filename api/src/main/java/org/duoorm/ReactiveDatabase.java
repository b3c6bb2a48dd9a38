package org.duoorm;

import io.smallrye.common.annotation.CheckReturnValue;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.Optional;
import java.util.function.Function;

/**
 * The reactive face of a {@link Database}: each blocking operation has a twin of the same name here.
 * Everything is lazy: no connection is taken before subscription. Units of work live in the Mutiny
 * subscription context, never on a thread, so they survive thread hops ({@code emitOn},
 * {@code runSubscriptionOn}).
 */
public interface ReactiveDatabase extends ReactiveSqlOperations {
    /** The blocking face of the same database. */
    Database blocking();

    /** As {@link Database#isClosed()}. @return true once the database is closed */
    default boolean isClosed() {
        return blocking().isClosed();
    }

    /** As {@link Database#connect()}, without blocking the caller. @return completion */
    @CheckReturnValue
    Uni<Void> connect();

    /** As {@link Database#disconnect()}, without blocking the caller. @return completion */
    @CheckReturnValue
    Uni<Void> disconnect();

    /**
     * As {@link Database#close()}, without blocking the caller: the form to use on a Vert.x event-loop thread, where
     * {@link Database#close()} is refused.
     *
     * @return completion
     */
    @CheckReturnValue
    Uni<Void> close();

    /**
     * Runs work in a reactive unit of work (REQUIRED) opened when the result is subscribed: commits when
     * the work's {@code Uni} emits an item, rolls back on failure and on cancellation. Re-subscribing
     * runs it again from the start on a fresh connection.
     *
     * @param work builds the work from the session, not null
     * @param <R> result type
     * @return the result
     */
    @CheckReturnValue
    <R> Uni<R> transaction(Function<ReactiveSession, Uni<R>> work);

    /** @param options not null @param work not null @param <R> result @return the result */
    @CheckReturnValue
    <R> Uni<R> transaction(TransactionOptions options, Function<ReactiveSession, Uni<R>> work);

    /** @param work not null @return completion */
    @CheckReturnValue
    Uni<Void> useTransaction(Function<ReactiveSession, Uni<?>> work);

    /** @param options not null @param work not null @return completion */
    @CheckReturnValue
    Uni<Void> useTransaction(TransactionOptions options, Function<ReactiveSession, Uni<?>> work);

    /**
     * One unit of work spanning a whole stream: commits when the stream completes, rolls back on failure
     * or cancellation.
     *
     * @param options not null @param work not null @param <R> item type
     * @return the items
     */
    @CheckReturnValue
    <R> Multi<R> transactionMulti(TransactionOptions options, Function<ReactiveSession, Multi<R>> work);

    /** The managed session of the unit of work in the subscription context, if any. @return it, when subscribed */
    @CheckReturnValue
    Uni<Optional<ReactiveSession>> currentSession();

    /**
     * A new unmanaged reactive session on its own connection, in a transaction: the caller commits or
     * rolls back and closes it.
     *
     * @return the session
     */
    @CheckReturnValue
    Uni<ReactiveSession> standaloneSession();
}
