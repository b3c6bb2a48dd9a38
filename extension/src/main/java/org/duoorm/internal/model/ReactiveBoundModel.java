package org.duoorm.internal.model;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.duoorm.Database;
import org.duoorm.ReactiveDatabase;
import org.duoorm.ReactiveSqlOperations;
import org.duoorm.Row;
import org.duoorm.model.Model;
import org.duoorm.model.ModelType;
import org.duoorm.model.ReactiveModelType;
import org.duoorm.model.ReactiveQuery;

/**
 * The reactive twin of {@link BoundModel}: the same statements, run through the reactive raw SQL API
 * when subscribed. Arguments are checked and statements rendered at subscription, so that every
 * failure arrives through the {@code Uni}.
 */
final class ReactiveBoundModel<T> extends ReactiveModelType<T> {
    final BoundModel<T> blocking;
    final ModelMeta<T> meta;

    ReactiveBoundModel(BoundModel<T> blocking) {
        this.blocking = blocking;
        this.meta = blocking.meta;
    }

    ReactiveDatabase db() {
        return blocking.db.reactive();
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

    private static <V> Uni<V> defer(Supplier<V> work) {
        return Uni.createFrom().item(work);
    }

    @Override
    public Uni<Optional<T>> get(Object id) {
        return defer(() -> Renderer.bind(meta.id, BoundModel.notNull(id, "id")))
                .flatMap(key -> db().query(meta.selectById, key))
                .map(rows -> rows.isEmpty() ? Optional.<T>empty() : Optional.of(loaded(meta.map(rows.get(0)))));
    }

    @Override
    public Uni<T> create(Map<String, ?> payload) {
        return defer(() -> Payloads.instance(meta, BoundModel.notNull(payload, "payload"))).flatMap(m -> insert(db(), m));
    }

    @Override
    public Uni<T> create(Object payload) {
        return defer(() -> Payloads.instance(meta, BoundModel.notNull(payload, "payload"))).flatMap(m -> insert(db(), m));
    }

    @Override
    public Uni<Integer> createBulk(Collection<?> payloads) {
        return defer(() -> blocking.instances(payloads)).flatMap(models -> models.isEmpty() ? Uni.createFrom().item(0)
                : db().transaction(s -> batchInsert(s, models)));
    }

    @Override
    public Uni<List<T>> createBulkReturning(Collection<?> payloads) {
        return defer(() -> blocking.instances(payloads)).flatMap(models -> models.isEmpty() ? Uni.createFrom().item(List.<T>of())
                : db().transaction(s -> insertReturning(s, models)));
    }

    private Uni<Integer> batchInsert(ReactiveSqlOperations s, List<T> models) {
        BitSet columns = Writes.bulkColumns(meta, models.get(0));
        String sql = Writes.plainInsert(meta, columns, 1);
        List<List<T>> chunks = chunks(models, BoundModel.BATCH_SIZE);
        return Multi.createFrom().iterable(chunks)
                .onItem().transformToUniAndConcatenate(chunk -> s.executeBatch(sql, rows(columns, chunk)))
                .collect().last().replaceWith(models.size());
    }

    private List<Object[]> rows(BitSet columns, List<T> chunk) {
        List<Object[]> rows = new ArrayList<>(chunk.size());
        for (T m : chunk) {
            rows.add(Writes.row(meta, columns, m));
        }
        return rows;
    }

    private Uni<List<T>> insertReturning(ReactiveSqlOperations s, List<T> models) {
        if (!Writes.returnsRow(meta)) {
            return Multi.createFrom().iterable(models).onItem().transformToUniAndConcatenate(m -> insert(s, m))
                    .collect().asList();
        }
        BitSet columns = Writes.bulkColumns(meta, models.get(0));
        return Multi.createFrom().iterable(chunks(models, Writes.rowsPerStatement(columns)))
                .onItem().transformToUniAndConcatenate(chunk -> insertChunk(s, columns, chunk))
                .collect().last().replaceWith(models);
    }

    private Uni<List<T>> insertChunk(ReactiveSqlOperations s, BitSet columns, List<T> chunk) {
        Statement st = Writes.bulkInsert(meta, columns, chunk, true);
        return s.query(st.sql(), st.params()).map(rows -> {
            for (int i = 0; i < chunk.size(); i++) {
                meta.load(chunk.get(i), rows.get(i));
                loaded(chunk.get(i));
            }
            return chunk;
        });
    }

    private static <E> List<List<E>> chunks(List<E> items, int size) {
        List<List<E>> out = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            out.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        return out;
    }

    private Uni<T> insert(ReactiveSqlOperations s, T model) {
        Writes.prepare(meta, model);
        Statement st = Writes.insert(meta, model);
        if (Writes.returnsRow(meta)) {
            return s.query(st.sql(), st.params()).map(rows -> {
                meta.load(model, rows.get(0));
                return loaded(model);
            });
        }
        return db().transaction(tx -> tx.execute(st.sql(), st.params())
                .flatMap(n -> tx.queryValue(Long.class, "SELECT LAST_INSERT_ID()"))
                .flatMap(id -> {
                    if (meta.id.generated && meta.id.get(model) == null) {
                        meta.id.set(model, meta.id.codec.fromDb(id.orElseThrow()));
                    }
                    return tx.query(meta.selectById, meta.id.bind(model));
                })
                .map(rows -> {
                    meta.load(model, rows.get(0));
                    return loaded(model);
                }));
    }

    @Override
    public Uni<T> save(T model) {
        return defer(() -> BoundModel.notNull(model, "model")).flatMap(m -> blocking.isPersisted(m) ? updateRow(m) : insert(db(), m));
    }

    private Uni<T> updateRow(T model) {
        Statement st = Writes.update(meta, model);
        return db().execute(st.sql(), st.params()).flatMap(n -> {
            if (n == 0) {
                if (meta.version == null && !(model instanceof Model<?>)) {
                    return insert(db(), model);
                }
                return Uni.createFrom().failure(blocking.stale(model, "updated"));
            }
            Writes.bumpVersion(meta, model);
            return Uni.createFrom().item(loaded(model));
        });
    }

    @Override
    public Uni<T> update(T model, Map<String, ?> partial) {
        return defer(() -> {
            Payloads.apply(meta, BoundModel.notNull(model, "model"), BoundModel.notNull(partial, "partial"), true);
            return model;
        }).flatMap(this::save);
    }

    @Override
    public Uni<Void> delete(T model) {
        return defer(() -> Writes.delete(meta, BoundModel.notNull(model, "model")))
                .flatMap(st -> db().execute(st.sql(), st.params()))
                .flatMap(n -> {
                    if (n == 0 && meta.version != null) {
                        return Uni.createFrom().failure(blocking.stale(model, "deleted"));
                    }
                    blocking.forget(model);
                    return Uni.createFrom().voidItem();
                });
    }

    @Override
    public Uni<T> refresh(T model) {
        return defer(() -> Writes.key(meta, BoundModel.notNull(model, "model")))
                .flatMap(key -> db().query(meta.selectById, key))
                .flatMap(rows -> {
                    if (rows.isEmpty()) {
                        return Uni.createFrom().failure(blocking.stale(model, "refreshed"));
                    }
                    meta.load(model, rows.get(0));
                    return Uni.createFrom().item(loaded(model));
                });
    }

    @Override
    public Map<String, Object> toMap(T model) {
        return blocking.toMap(model);
    }

    @Override
    public List<T> fromRows(List<Row> rows) {
        return blocking.fromRows(rows);
    }

    @Override
    public Uni<List<T>> sql(String sql, Object... params) {
        return defer(() -> BoundModel.notNull(sql, "sql")).flatMap(q -> db().query(q, params)).map(this::fromRows);
    }

    @Override
    public ModelType<T> blocking() {
        return blocking;
    }

    T loaded(T model) {
        return blocking.loaded(model);
    }

    List<T> loaded(List<T> models) {
        return blocking.loaded(models);
    }
}
