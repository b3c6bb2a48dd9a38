package org.duoorm.internal.model;

import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duoorm.Database;
import org.duoorm.Row;
import org.duoorm.model.ModelType;
import org.duoorm.model.ReactiveModelType;
import org.duoorm.model.ReactiveQuery;

/**
 * The reactive twin of {@link BoundModel}: the same {@link ModelOps} plans, run as {@code Uni}s. Arguments
 * are checked and statements written at subscription, so that every failure arrives through the {@code Uni}.
 */
final class ReactiveBoundModel<T> extends ReactiveModelType<T> {
    final BoundModel<T> blocking;
    final ModelMeta<T> meta;
    private final ModelOps<T> ops;

    ReactiveBoundModel(BoundModel<T> blocking) {
        this.blocking = blocking;
        this.meta = blocking.meta;
        this.ops = blocking.ops;
    }

    private <R> Uni<R> run(Plan<R> plan) {
        return ReactiveRunner.run(blocking.db.reactive(), plan);
    }

    @Override
    public Class<T> type() {
        return meta.type;
    }

    @Override
    public Database database() {
        return blocking.db;
    }

    @Override
    public String table() {
        return meta.table;
    }

    @Override
    public List<String> fields() {
        return meta.fieldNames;
    }

    @Override
    public ReactiveQuery<T> query() {
        return new ReactiveQueryImpl<>(this, QuerySpec.empty());
    }

    @Override
    public Uni<Optional<T>> get(Object id) {
        return run(ops.get(id));
    }

    @Override
    public Uni<T> create(Map<String, ?> payload) {
        return run(ops.create(payload));
    }

    @Override
    public Uni<T> create(Object payload) {
        return run(ops.create(payload));
    }

    @Override
    public Uni<Integer> createBulk(Collection<?> payloads) {
        return createBulk(payloads, false);
    }

    @Override
    public Uni<List<T>> createBulkReturning(Collection<?> payloads) {
        return createBulkReturning(payloads, false);
    }

    @Override
    public Uni<Integer> createBulk(Collection<?> payloads, boolean withHooks) {
        return run(ops.createBulk(payloads, withHooks));
    }

    @Override
    public Uni<List<T>> createBulkReturning(Collection<?> payloads, boolean withHooks) {
        return run(ops.createBulkReturning(payloads, withHooks));
    }

    @Override
    public Uni<T> save(T model) {
        return run(ops.save(model));
    }

    @Override
    public Uni<T> update(T model, Map<String, ?> partial) {
        return run(ops.update(model, partial));
    }

    @Override
    public Uni<T> update(T model, Object partial) {
        return run(ops.update(model, partial));
    }

    @Override
    public <R> R to(T model, Class<R> type) {
        return blocking.to(model, type);
    }

    @Override
    public Uni<Void> delete(T model) {
        return run(ops.delete(model));
    }

    @Override
    public Uni<T> refresh(T model) {
        return run(ops.refresh(model));
    }

    @Override
    public Map<String, Object> toMap(T model) {
        return blocking.toMap(model);
    }

    @Override
    public List<T> fromRows(List<Row> rows) {
        return blocking.loaded(RowMapping.map(meta, ModelOps.notNull(rows, "rows")), null);
    }

    @Override
    public Uni<List<T>> sql(String sql, Object... params) {
        return run(ops.sql(sql, params));
    }

    @Override
    public ModelType<T> blocking() {
        return blocking;
    }
}
