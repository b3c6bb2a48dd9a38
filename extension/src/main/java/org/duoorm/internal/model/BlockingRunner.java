package org.duoorm.internal.model;

import java.util.ArrayList;
import java.util.List;
import org.duoorm.Database;

/** Runs {@link Plan}s on the calling thread, through the database's blocking API and its ambient unit of work. */
final class BlockingRunner {
    private BlockingRunner() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static <R> R run(Database db, Plan<R> plan) {
        Plan<?> p = plan;
        while (true) {
            if (p instanceof Plan.Done<?> d) {
                return (R) d.value();
            } else if (p instanceof Plan.Defer<?> d) {
                p = d.make().get();
            } else if (p instanceof Plan.Then t) {
                Object first = run(db, t.first());
                p = (Plan<?>) t.next().apply(first);
            } else if (p instanceof Plan.Query q) {
                return (R) db.query(q.statement().sql(), q.statement().params());
            } else if (p instanceof Plan.Execute e) {
                return (R) (Integer) db.execute(e.statement().sql(), e.statement().params());
            } else if (p instanceof Plan.Batch b) {
                return (R) db.executeBatch(b.sql(), b.rows());
            } else if (p instanceof Plan.InUnit<?> u) {
                Plan<?> body = u.body();
                return (R) db.transaction(s -> run(db, body));
            } else if (p instanceof Plan.WithUnitOfWork<?> w) {
                p = w.make().apply(UnitOfWork.current(db));
            } else {
                Plan.Each e = (Plan.Each) p;
                List<Object> out = new ArrayList<>(e.items().size());
                for (Object item : e.items()) {
                    out.add(run(db, (Plan<?>) e.step().apply(item)));
                }
                return (R) out;
            }
        }
    }
}
