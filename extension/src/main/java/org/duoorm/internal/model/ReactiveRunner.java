package org.duoorm.internal.model;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.duoorm.ReactiveDatabase;

/**
 * Runs {@link Plan}s as a {@code Uni}: nothing happens before subscription, statements go through the
 * database's reactive API and find the unit of work in the subscription context, and no thread ever waits.
 */
final class ReactiveRunner {
    private ReactiveRunner() {
    }

    static <R> Uni<R> run(ReactiveDatabase db, Plan<R> plan) {
        return Uni.createFrom().deferred(() -> step(db, plan));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <R> Uni<R> step(ReactiveDatabase db, Plan<R> p) {
        if (p instanceof Plan.Done<R> d) {
            return Uni.createFrom().item(d.value());
        } else if (p instanceof Plan.Defer<R> d) {
            return step(db, d.make().get());
        } else if (p instanceof Plan.Then t) {
            return step(db, (Plan<Object>) t.first()).flatMap(a -> run(db, (Plan<R>) t.next().apply(a)));
        } else if (p instanceof Plan.Query q) {
            return (Uni<R>) db.query(q.statement().sql(), q.statement().params());
        } else if (p instanceof Plan.Execute e) {
            return (Uni<R>) db.execute(e.statement().sql(), e.statement().params());
        } else if (p instanceof Plan.Batch b) {
            return (Uni<R>) db.executeBatch(b.sql(), b.rows());
        } else if (p instanceof Plan.InUnit<R> u) {
            return db.transaction(s -> run(db, u.body()));
        } else if (p instanceof Plan.WithUnitOfWork<R> w) {
            return UnitOfWork.currentUni(db.blocking()).flatMap(uow -> run(db, w.make().apply(uow)));
        }
        Plan.Each e = (Plan.Each) p;
        // Items travel wrapped: a step may give null, which a Multi cannot carry.
        return (Uni<R>) Multi.createFrom().iterable((List<Object>) e.items())
                .onItem().transformToUniAndConcatenate(item -> run(db, (Plan<Object>) e.step().apply(item)).map(Optional::ofNullable))
                .collect().in(ArrayList::new, (List<Object> list, Optional<Object> r) -> list.add(r.orElse(null)));
    }
}
