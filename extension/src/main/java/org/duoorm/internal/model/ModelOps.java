package org.duoorm.internal.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.duoorm.MappingException;
import org.duoorm.NotFoundException;
import org.duoorm.OptimisticLockException;
import org.duoorm.Row;
import org.duoorm.model.Model;

/**
 * Every instance and class-level operation of one model, written once as a {@link Plan}. The blocking
 * {@link BoundModel} and the reactive {@link ReactiveBoundModel} only run these plans; what an operation
 * does (its checks, statements, hooks and how it reads results) is decided here and nowhere else.
 *
 * @param <T> the model
 */
final class ModelOps<T> {
    static final int BATCH_SIZE = 1000;

    final BoundModel<T> bound;
    final ModelMeta<T> meta;
    final QueryOps<T> queries;

    ModelOps(BoundModel<T> bound) {
        this.bound = bound;
        this.meta = bound.meta;
        this.queries = new QueryOps<>(this);
    }

    // ---- reads ----

    Plan<Optional<T>> get(Object id) {
        return Plan.defer(() -> {
            Statement st = Lowering.selectById(meta, Lowering.bindValue(meta.id, notNull(id, "id"))).statement();
            return Plan.withUnitOfWork(uow -> Plan.query(st).map(rows -> rows.isEmpty() ? Optional.<T>empty()
                    : Optional.of(bound.loaded(meta.map(rows.get(0)), uow))));
        });
    }

    Plan<T> refresh(T model) {
        return Plan.defer(() -> {
            Statement st = Lowering.selectById(meta, Writes.key(meta, notNull(model, "model"))).statement();
            return Plan.withUnitOfWork(uow -> Plan.query(st).map(rows -> {
                if (rows.isEmpty()) {
                    throw stale(model, "refreshed");
                }
                meta.load(model, rows.get(0));
                return bound.loaded(model, uow);
            }));
        });
    }

    Plan<List<T>> sql(String sql, Object[] params) {
        return Plan.defer(() -> {
            Statement st = new Statement(notNull(sql, "sql"), params);
            return Plan.withUnitOfWork(uow -> Plan.query(st).map(rows -> bound.loaded(RowMapping.map(meta, rows), uow)));
        });
    }

    // ---- inserts ----

    Plan<T> create(Object payload) {
        return Plan.defer(() -> insert(prepared(payload)));
    }

    /** A new model from a payload, checked and with its hooks run: nothing reaches SQL before this. */
    private T prepared(Object payload) {
        T model = Payloads.instance(meta, notNull(payload, "payload"));
        Hooks.beforeInsert(meta, model, payload, true);
        return model;
    }

    /** Inserts one model (prepared here) and reads its row back: generated key, defaults. */
    Plan<T> insert(T model) {
        return Plan.defer(() -> {
            Writes.prepare(meta, model);
            Statement st = Writes.insert(meta, model).statement();
            if (Writes.returnsRow(meta)) {
                return Plan.withUnitOfWork(uow -> Plan.query(st).map(rows -> {
                    meta.load(model, rows.get(0));
                    return bound.loaded(model, uow);
                }));
            }
            // No RETURNING: the generated key comes from LAST_INSERT_ID() on the same connection, then the row.
            return Plan.inUnit(Plan.execute(st)
                    .then(n -> meta.id.generated && meta.id.get(model) == null
                            ? Plan.query(new Statement("SELECT LAST_INSERT_ID()", new Object[0]))
                                    .map(rows -> setKey(model, rows.get(0).get(0)))
                            : Plan.done(model))
                    .then(m -> Plan.query(Lowering.selectById(meta, Writes.key(meta, model)).statement()))
                    .then(rows -> Plan.withUnitOfWork(uow -> {
                        meta.load(model, rows.get(0));
                        return Plan.done(bound.loaded(model, uow));
                    })));
        });
    }

    private T setKey(T model, Object generated) {
        meta.id.set(model, meta.id.codec.fromDb(generated));
        return model;
    }

    Plan<Integer> createBulk(Collection<?> payloads, boolean withHooks) {
        return Plan.defer(() -> {
            List<T> models = instances(payloads, withHooks);
            if (models.isEmpty()) {
                return Plan.done(0);
            }
            List<FieldMeta> columns = Writes.bulkColumns(meta, models.get(0));
            Writes.checkKeys(meta, columns, models);
            String sql = Writes.batchSql(meta, columns, Writes.row(columns, models.get(0)));
            return Plan.inUnit(Plan.each(chunks(models, BATCH_SIZE), chunk -> new Plan.Batch(sql, rows(columns, chunk))))
                    .map(done -> models.size());
        });
    }

    private static <T> List<Object[]> rows(List<FieldMeta> columns, List<T> chunk) {
        List<Object[]> rows = new ArrayList<>(chunk.size());
        for (T m : chunk) {
            rows.add(Writes.row(columns, m));
        }
        return rows;
    }

    /**
     * The models of a bulk insert in payload order, each with its row read back. Rows are matched to models
     * by primary key, never by position (a database does not promise the order of returned rows): with
     * keys known before the insert (given, or UUIDs made here), one multi-row insert per chunk returns the
     * rows, matched by key; with keys the database generates, each model is inserted by a statement of its
     * own, which returns that model's row and nothing else.
     */
    Plan<List<T>> createBulkReturning(Collection<?> payloads, boolean withHooks) {
        return Plan.defer(() -> {
            List<T> models = instances(payloads, withHooks);
            if (models.isEmpty()) {
                return Plan.done(List.<T>of());
            }
            List<FieldMeta> columns = Writes.bulkColumns(meta, models.get(0));
            Writes.checkKeys(meta, columns, models);
            if (!Writes.returnsRow(meta) || !columns.contains(meta.id)) {
                return Plan.inUnit(Plan.each(models, this::insert)).map(done -> models);
            }
            return Plan.inUnit(Plan.each(chunks(models, Writes.rowsPerStatement(columns)), chunk -> insertChunk(columns, chunk)))
                    .map(done -> models);
        });
    }

    private Plan<List<T>> insertChunk(List<FieldMeta> columns, List<T> chunk) {
        Statement st = Writes.bulkInsert(meta, columns, chunk).statement();
        return Plan.withUnitOfWork(uow -> Plan.query(st).map(rows -> matchByKey(chunk, rows, uow)));
    }

    private List<T> matchByKey(List<T> chunk, List<Row> rows, UnitOfWork uow) {
        Map<Object, T> byKey = new HashMap<>();
        for (T m : chunk) {
            byKey.put(Loader.norm(meta.id.get(m)), m);
        }
        if (rows.size() != chunk.size() || byKey.size() != chunk.size()) {
            throw new MappingException("A bulk insert of " + chunk.size() + " " + meta.type.getSimpleName() + " rows returned "
                    + rows.size() + " rows for " + byKey.size() + " distinct keys; nothing is assumed about which is which");
        }
        for (Row r : rows) {
            T m = byKey.remove(Loader.norm(meta.id.codec.fromDb(r.get(meta.id.index))));
            if (m == null) {
                throw new MappingException("A bulk insert of " + meta.type.getSimpleName() + " returned a row whose key "
                        + "matches no inserted model");
            }
            meta.load(m, r);
            bound.loaded(m, uow);
        }
        return chunk;
    }

    /** The models of a bulk insert; every row's violations are listed before failing. */
    private List<T> instances(Collection<?> payloads, boolean withHooks) {
        List<T> models = new ArrayList<>(notNull(payloads, "payloads").size());
        List<String> violations = new ArrayList<>();
        for (Object p : payloads) {
            T m = Payloads.instance(meta, p);
            Writes.prepare(meta, m);
            Hooks.beforeInsert(meta, m, p, withHooks, "row " + models.size() + ": ", violations);
            models.add(m);
        }
        Hooks.fail(violations);
        return models;
    }

    static <E> List<List<E>> chunks(List<E> items, int size) {
        List<List<E>> out = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            out.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        return out;
    }

    // ---- saves and updates ----

    Plan<T> save(T model) {
        return save(model, null);
    }

    /**
     * Saves a model; {@code given} are the fields a payload set, written even when unchanged, or null for a save
     * without a payload.
     */
    Plan<T> save(T model, List<FieldMeta> given) {
        return Plan.defer(() -> Cascades.save(this, notNull(model, "model"), m -> saveRow(m, given)));
    }

    private Plan<T> saveRow(T model, List<FieldMeta> given) {
        return Plan.defer(() -> {
            if (!bound.isPersisted(model)) {
                Hooks.beforeInsert(meta, model, null, true);
                return insert(model);
            }
            return updateRow(model, given, true);
        });
    }

    /**
     * The update of a persisted model: the fields given and the fields changed since the row was read or
     * written (all updatable fields when that is unknown), plus the version; nothing at all when nothing
     * changed. With {@code hooks}, the update time is set and the model validated first.
     */
    Plan<T> updateRow(T model, List<FieldMeta> given, boolean hooks) {
        return Plan.withUnitOfWork(unit -> {
            boolean known = Snapshots.of(model, unit) != null;
            if (hooks) {
                if ((given == null || given.isEmpty()) && known && Snapshots.changed(meta, model, unit).isEmpty()) {
                    return Plan.done(bound.loaded(model, unit));
                }
                Hooks.beforeUpdate(meta, model);
            }
            List<FieldMeta> written = writtenFields(model, given, unit);
            if (written.isEmpty() && meta.version == null) {
                // nothing to set (a model of a key and relationships only): the row is saved once it exists
                if (known) {
                    return Plan.done(bound.loaded(model, unit));
                }
                return Plan.query(Lowering.selectById(meta, Writes.key(meta, model)).statement()).then(rows -> rows.isEmpty()
                        ? insert(model) : Plan.done(bound.loaded(model, unit)));
            }
            Statement st = Lowering.updateRow(meta, written, model).statement();
            return Plan.execute(st).then(n -> {
                if (n == 0) {
                    if (meta.version == null && !(model instanceof Model<?>)) {
                        return insert(model); // a plain object whose row is gone, or never was: saving it inserts it
                    }
                    throw stale(model, "updated");
                }
                Writes.bumpVersion(meta, model);
                return Plan.done(bound.loaded(model, unit));
            });
        });
    }

    /**
     * The changed fields and the given ones, in field order, all updatable. With no snapshot, every updatable
     * field counts as changed for a save ({@code given} null), but an update with a payload writes only what the
     * payload gives: the caller named the columns, and writing the others would put back values nobody asked to
     * write.
     */
    private List<FieldMeta> writtenFields(T model, List<FieldMeta> given, UnitOfWork unit) {
        Set<FieldMeta> set = new LinkedHashSet<>();
        if (given == null || Snapshots.of(model, unit) != null) {
            set.addAll(Snapshots.changed(meta, model, unit));
        }
        for (FieldMeta f : given == null ? List.<FieldMeta>of() : given) {
            if (!f.id && !f.version && f.details().updatable()) {
                set.add(f);
            }
        }
        List<FieldMeta> out = new ArrayList<>(set.size());
        for (FieldMeta f : meta.updated) {
            if (set.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    Plan<T> update(T model, Object partial) {
        return Plan.defer(() -> save(model, Payloads.applyPartial(meta, notNull(model, "model"), notNull(partial, "partial"))));
    }

    // ---- deletes ----

    Plan<Void> delete(T model) {
        return Plan.defer(() -> Cascades.delete(this, notNull(model, "model"), deleteRow(model)));
    }

    private Plan<Void> deleteRow(T model) {
        return Plan.defer(() -> Plan.execute(Lowering.deleteRow(meta, model).statement()).then(n -> {
            if (n == 0 && meta.version != null) {
                throw stale(model, "deleted");
            }
            return Plan.withUnitOfWork(uow -> {
                bound.forget(model, uow);
                return Plan.<Void>done(null);
            });
        }));
    }

    RuntimeException stale(T model, String what) {
        String which = meta.type.getSimpleName() + " " + meta.id.name + "=" + meta.id.get(model);
        if (meta.version != null) {
            return new OptimisticLockException(which + " was not " + what + ": it was changed or deleted meanwhile (expected "
                    + meta.version.name + " " + meta.version.get(model) + ")");
        }
        return new NotFoundException(which + " was not " + what + ": the row no longer exists");
    }

    static <V> V notNull(V value, String name) {
        if (value == null) {
            throw new org.duoorm.InvalidArgumentException(name + " must not be null");
        }
        return value;
    }
}
