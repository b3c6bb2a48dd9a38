package org.duoorm.internal.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duoorm.Database;
import org.duoorm.Row;
import org.duoorm.model.Model;
import org.duoorm.model.ModelSupport;
import org.duoorm.model.ModelType;
import org.duoorm.model.Query;

/**
 * A model class bound to one database, blocking: it runs the operations of {@link ModelOps} on the
 * calling thread. Every call joins the unit of work open on the thread.
 */
final class BoundModel<T> extends ModelType<T> {
    final Database db;
    final ModelMeta<T> meta;
    final ModelOps<T> ops;
    private final ReactiveBoundModel<T> reactive;

    BoundModel(Database db, ModelMeta<T> meta) {
        this.db = db;
        this.meta = meta;
        this.ops = new ModelOps<>(this);
        this.reactive = new ReactiveBoundModel<>(this);
    }

    private <R> R run(Plan<R> plan) {
        return BlockingRunner.run(db, plan);
    }

    @Override
    public Class<T> type() {
        return meta.type;
    }

    @Override
    public Database database() {
        return db;
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
    public Query<T> query() {
        return new BlockingQuery<>(this, QuerySpec.empty());
    }

    @Override
    public Optional<T> get(Object id) {
        return run(ops.get(id));
    }

    @Override
    public T create(Map<String, ?> payload) {
        return run(ops.create(payload));
    }

    @Override
    public T create(Object payload) {
        return run(ops.create(payload));
    }

    @Override
    public int createBulk(Collection<?> payloads) {
        return createBulk(payloads, false);
    }

    @Override
    public int createBulk(Collection<?> payloads, boolean withHooks) {
        return run(ops.createBulk(payloads, withHooks));
    }

    @Override
    public List<T> createBulkReturning(Collection<?> payloads) {
        return createBulkReturning(payloads, false);
    }

    @Override
    public List<T> createBulkReturning(Collection<?> payloads, boolean withHooks) {
        return run(ops.createBulkReturning(payloads, withHooks));
    }

    @Override
    public T save(T model) {
        return run(ops.save(model));
    }

    @Override
    public T update(T model, Map<String, ?> partial) {
        return run(ops.update(model, partial));
    }

    @Override
    public T update(T model, Object partial) {
        return run(ops.update(model, partial));
    }

    @Override
    public <R> R to(T model, Class<R> type) {
        return Payloads.to(meta, ModelOps.notNull(model, "model"), type);
    }

    @Override
    public void delete(T model) {
        run(ops.delete(model));
    }

    @Override
    public T refresh(T model) {
        return run(ops.refresh(model));
    }

    @Override
    public Map<String, Object> toMap(T model) {
        return Payloads.toMap(meta, ModelOps.notNull(model, "model"));
    }

    @Override
    public List<T> fromRows(List<Row> rows) {
        return loaded(RowMapping.map(meta, ModelOps.notNull(rows, "rows")), UnitOfWork.current(db));
    }

    @Override
    public List<T> sql(String sql, Object... params) {
        return run(ops.sql(sql, params));
    }

    @Override
    public ReactiveBoundModel<T> reactive() {
        return reactive;
    }

    boolean isPersisted(T model) {
        return model instanceof Model<?> m ? ModelSupport.state(m) != null : meta.id.get(model) != null;
    }

    /**
     * Marks a model instance as read from (or written to) its row, in a unit of work (null: none): the one
     * object for its row, with its values recorded as the row's.
     */
    T loaded(T model, UnitOfWork uow) {
        if (uow != null) {
            T kept = uow.register(this, model);
            if (kept != model) {
                return kept; // the tracked object keeps its own unwritten changes and snapshot
            }
        }
        Snapshots.take(this, model, uow);
        return model;
    }

    List<T> loaded(List<T> models, UnitOfWork uow) {
        models.replaceAll(m -> loaded(m, uow));
        return models;
    }

    void forget(T model, UnitOfWork uow) {
        Snapshots.forget(model, uow);
        if (uow != null) {
            uow.forget(meta, model);
        }
    }

    @Override
    public String toString() {
        return "ModelType[" + meta.type.getSimpleName() + " on " + db.name() + "]";
    }
}
