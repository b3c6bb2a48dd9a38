package org.duoorm.internal.model;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.duoorm.Row;

/**
 * A model operation written once for both modes: the statements it runs and how it continues from each
 * result, as data. {@link BlockingRunner} runs a plan on the calling thread; {@link ReactiveRunner} runs
 * the same plan as a {@code Uni}, lazily, at subscription. Nothing in a plan blocks or subscribes: only
 * the runners do.
 *
 * @param <R> what the plan gives
 */
sealed interface Plan<R> {

    /** A value, with no statement. */
    record Done<R>(R value) implements Plan<R> {
    }

    /** The plan made when it runs (at subscription, in reactive mode), so that every failure comes from the run. */
    record Defer<R>(Supplier<Plan<R>> make) implements Plan<R> {
    }

    /** A statement that returns rows. */
    record Query(Statement statement) implements Plan<List<Row>> {
    }

    /** A statement that returns a row count. */
    record Execute(Statement statement) implements Plan<Integer> {
    }

    /** One statement run with many sets of values, in driver batches. */
    record Batch(String sql, List<Object[]> rows) implements Plan<int[]> {
    }

    /** {@code first}, then the plan made from its result. */
    record Then<A, R>(Plan<A> first, Function<? super A, Plan<R>> next) implements Plan<R> {
    }

    /** {@code body} inside a unit of work: the open one (joined), or a new one committed when it completes. */
    record InUnit<R>(Plan<R> body) implements Plan<R> {
    }

    /** The plan made from the open unit of work's model state (null outside a unit of work). */
    record WithUnitOfWork<R>(Function<UnitOfWork, Plan<R>> make) implements Plan<R> {
    }

    /** The plan of each item, one after another; the results in order. */
    record Each<E, R>(List<E> items, Function<? super E, Plan<R>> step) implements Plan<List<R>> {
    }

    static <R> Plan<R> done(R value) {
        return new Done<>(value);
    }

    static <R> Plan<R> defer(Supplier<Plan<R>> make) {
        return new Defer<>(make);
    }

    static Plan<List<Row>> query(Statement statement) {
        return new Query(statement);
    }

    static Plan<Integer> execute(Statement statement) {
        return new Execute(statement);
    }

    static <R> Plan<R> inUnit(Plan<R> body) {
        return new InUnit<>(body);
    }

    static <R> Plan<R> withUnitOfWork(Function<UnitOfWork, Plan<R>> make) {
        return new WithUnitOfWork<>(make);
    }

    static <E, R> Plan<List<R>> each(List<E> items, Function<? super E, Plan<R>> step) {
        return new Each<>(items, step);
    }

    /** @return this plan, then the plan made from its result */
    default <S> Plan<S> then(Function<? super R, Plan<S>> next) {
        return new Then<>(this, next);
    }

    /** @return this plan's result transformed (the function runs where the plan runs) */
    default <S> Plan<S> map(Function<? super R, S> f) {
        return new Then<>(this, r -> new Done<>(f.apply(r)));
    }
}
