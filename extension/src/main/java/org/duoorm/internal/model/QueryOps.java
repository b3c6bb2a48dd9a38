package org.duoorm.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duoorm.Row;
import org.duoorm.internal.model.SqlTree.Form;
import org.duoorm.internal.sql.Values;
import org.duoorm.model.Assignment;
import org.duoorm.model.Page;

/**
 * The terminal operations of a query, written once as {@link Plan}s for {@link BlockingQuery} and
 * {@link ReactiveQueryImpl}, which only run them (streams aside, whose shapes differ by mode).
 *
 * @param <T> the model
 */
final class QueryOps<T> {
    private final ModelOps<T> model;
    private final ModelMeta<T> meta;

    QueryOps(ModelOps<T> model) {
        this.model = model;
        this.meta = model.meta;
    }

    /** The select of a query, as run (for {@code sql()} and {@code params()}, and for streams). */
    Statement select(QuerySpec<T> spec, boolean orderById) {
        return Lowering.select(meta, spec, Form.ROWS, orderById, null).statement();
    }

    /** The models of a select, with the relationships the query asks for loaded. */
    Plan<List<T>> fetch(QuerySpec<T> spec, boolean orderById) {
        return Plan.defer(() -> {
            Link joined = Loader.joined(meta, spec);
            Statement st = Lowering.select(meta, spec, Form.ROWS, orderById || joined != null, joined).statement();
            List<Link> selectIn = Loader.selectIn(meta, spec);
            return Plan.withUnitOfWork(uow -> Plan.query(st)
                    .map(rows -> joined != null ? Loader.mapJoined(model.bound, joined, rows, uow)
                            : model.bound.loaded(QueryLogic.map(meta, rows), uow))
                    .then(parents -> Plan.each(selectIn, link -> loadRelated(link, parents, uow)).map(done -> parents)));
        });
    }

    private Plan<Void> loadRelated(Link link, List<T> parents, UnitOfWork uow) {
        return Plan.each(Loader.statements(link, parents), Plan::query).map(chunks -> {
            List<Row> rows = new ArrayList<>();
            chunks.forEach(rows::addAll);
            Loader.assign(link, parents, rows, uow);
            return null;
        });
    }

    Plan<List<T>> all(QuerySpec<T> spec) {
        return fetch(spec, false);
    }

    Plan<Optional<T>> first(QuerySpec<T> spec) {
        return Plan.defer(() -> fetch(spec.capLimit(1), false))
                .map(found -> found.isEmpty() ? Optional.<T>empty() : Optional.of(found.get(0)));
    }

    Plan<T> one(QuerySpec<T> spec) {
        return Plan.defer(() -> fetch(spec.capLimit(2), false)).map(found -> QueryLogic.single(meta, found));
    }

    Plan<Long> count(QuerySpec<T> spec) {
        return Plan.defer(() -> Plan.query(Lowering.select(meta, spec, Form.COUNT, false, null).statement()))
                .map(rows -> rows.isEmpty() ? 0L : Values.convert(rows.get(0).get(0), Long.class, rows.get(0).columns().get(0)));
    }

    Plan<Boolean> exists(QuerySpec<T> spec) {
        return Plan.defer(() -> Plan.query(Lowering.select(meta, spec.capLimit(1), Form.EXISTS, false, null).statement()))
                .map(rows -> !rows.isEmpty());
    }

    Plan<Page<T>> page(QuerySpec<T> spec, int number, int size) {
        return Plan.defer(() -> {
            QuerySpec<T> paged = QueryLogic.page(spec, number, size);
            return count(QueryLogic.unpaged(spec))
                    .then(total -> fetch(paged, true).map(items -> new Page<>(items, total, number, size)));
        });
    }

    Plan<Integer> updateBulk(QuerySpec<T> spec, List<Assignment<T>> assignments) {
        return Plan.defer(() -> {
            QueryLogic.checkAssignments(assignments);
            QueryLogic.checkBulk(meta, spec, "updateBulk");
            return Plan.execute(Lowering.update(meta, spec, assignments).statement());
        });
    }

    /**
     * A bulk update from values under the mass-assignment rules. Without hooks, one UPDATE statement, each
     * value checked against the declared constraints; with hooks, each matching row is read, given the values,
     * stamped and validated as a whole (constraints and {@code validate()}), every row's violations listed
     * before anything is written, then written, all in one unit of work.
     */
    Plan<Integer> updateBulk(QuerySpec<T> spec, Map<String, ?> values, boolean withHooks) {
        if (!withHooks) {
            return Plan.defer(() -> updateBulk(spec, QueryLogic.assignments(meta, values)));
        }
        return Plan.defer(() -> {
            QueryLogic.checkBulk(meta, spec, "updateBulk");
            QueryLogic.checkValues(values);
            return Plan.inUnit(fetch(spec, true).then(rows -> {
                List<List<FieldMeta>> given = new ArrayList<>(rows.size());
                for (T row : rows) {
                    given.add(Payloads.applyPartial(meta, row, values));
                }
                List<String> violations = new ArrayList<>();
                for (T row : rows) {
                    Hooks.beforeUpdate(meta, row, "row " + meta.id.name + "=" + meta.id.get(row) + ": ", violations);
                }
                Hooks.fail(violations);
                List<Integer> order = new ArrayList<>(rows.size());
                for (int i = 0; i < rows.size(); i++) {
                    order.add(i);
                }
                return Plan.each(order, i -> model.updateRow(rows.get(i), given.get(i), false)).map(done -> rows.size());
            }));
        });
    }

    Plan<Integer> deleteBulk(QuerySpec<T> spec) {
        return Plan.defer(() -> {
            QueryLogic.checkBulk(meta, spec, "deleteBulk");
            return Plan.execute(Lowering.delete(meta, spec).statement());
        });
    }
}
