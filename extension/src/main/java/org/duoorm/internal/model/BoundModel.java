package org.duoorm.internal.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duoorm.Database;
import org.duoorm.NotFoundException;
import org.duoorm.OptimisticLockException;
import org.duoorm.Row;
import org.duoorm.SqlOperations;
import org.duoorm.model.Model;
import org.duoorm.model.ModelSupport;
import org.duoorm.model.ModelType;
import org.duoorm.model.Query;
import org.duoorm.model.ReactiveModelType;

/** A model class bound to one database, blocking. Every call joins the unit of work open on the thread. */
final class BoundModel<T> extends ModelType<T> {
    static final int BATCH_SIZE = 1000;
    final Database db;
    final ModelMeta<T> meta;
    private final ReactiveBoundModel<T> reactive;

    BoundModel(Database db, ModelMeta<T> meta) {
        this.db = db;
        this.meta = meta;
        this.reactive = new ReactiveBoundModel<>(this);
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
        List<Row> rows = db.query(meta.selectById, Renderer.bind(meta.id, notNull(id, "id")));
        return rows.isEmpty() ? Optional.empty() : Optional.of(loaded(meta.map(rows.get(0))));
    }

    @Override
    public T create(Map<String, ?> payload) {
        return insert(db, Payloads.instance(meta, notNull(payload, "payload")));
    }

    @Override
    public T create(Object payload) {
        return insert(db, Payloads.instance(meta, notNull(payload, "payload")));
    }

    @Override
    public int createBulk(Collection<?> payloads) {
        List<T> models = instances(payloads);
        return models.isEmpty() ? 0 : db.transaction(s -> batchInsert(s, models));
    }

    @Override
    public List<T> createBulkReturning(Collection<?> payloads) {
        List<T> models = instances(payloads);
        return models.isEmpty() ? List.of() : db.transaction(s -> insertReturning(s, models));
    }

    List<T> instances(Collection<?> payloads) {
        List<T> models = new ArrayList<>(notNull(payloads, "payloads").size());
        for (Object p : payloads) {
            T m = Payloads.instance(meta, p);
            Writes.prepare(meta, m);
            models.add(m);
        }
        return models;
    }

    private int batchInsert(SqlOperations s, List<T> models) {
        BitSet columns = Writes.bulkColumns(meta, models.get(0));
        String sql = Writes.plainInsert(meta, columns, 1);
        List<Object[]> rows = new ArrayList<>(Math.min(models.size(), BATCH_SIZE));
        for (T m : models) {
            rows.add(Writes.row(meta, columns, m));
            if (rows.size() == BATCH_SIZE) {
                s.executeBatch(sql, rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            s.executeBatch(sql, rows);
        }
        return models.size();
    }

    private List<T> insertReturning(SqlOperations s, List<T> models) {
        if (!Writes.returnsRow(meta)) {
            models.forEach(m -> insert(s, m));
            return models;
        }
        BitSet columns = Writes.bulkColumns(meta, models.get(0));
        int step = Writes.rowsPerStatement(columns);
        for (int from = 0; from < models.size(); from += step) {
            List<T> chunk = models.subList(from, Math.min(models.size(), from + step));
            Statement st = Writes.bulkInsert(meta, columns, chunk, true);
            List<Row> rows = s.query(st.sql(), st.params());
            for (int i = 0; i < chunk.size(); i++) {
                meta.load(chunk.get(i), rows.get(i));
                loaded(chunk.get(i));
            }
        }
        return models;
    }

    /** Inserts one model and reads its row back (generated key, defaults). */
    T insert(SqlOperations s, T model) {
        Writes.prepare(meta, model);
        Statement st = Writes.insert(meta, model);
        if (Writes.returnsRow(meta)) {
            meta.load(model, s.query(st.sql(), st.params()).get(0));
            return loaded(model);
        }
        return db.transaction(tx -> {
            tx.execute(st.sql(), st.params());
            if (meta.id.generated && meta.id.get(model) == null) {
                meta.id.set(model, meta.id.codec.fromDb(tx.queryValue(Long.class, "SELECT LAST_INSERT_ID()").orElseThrow()));
            }
            meta.load(model, tx.query(meta.selectById, meta.id.bind(model)).get(0));
            return loaded(model);
        });
    }

    @Override
    public T save(T model) {
        notNull(model, "model");
        if (!isPersisted(model)) {
            return insert(db, model);
        }
        Statement st = Writes.update(meta, model);
        int n = db.execute(st.sql(), st.params());
        if (n == 0) {
            if (meta.version == null && !(model instanceof Model<?>)) {
                return insert(db, model);
            }
            throw stale(model, "updated");
        }
        Writes.bumpVersion(meta, model);
        return loaded(model);
    }

    boolean isPersisted(T model) {
        return model instanceof Model<?> m ? ModelSupport.state(m) != null : meta.id.get(model) != null;
    }

    RuntimeException stale(T model, String what) {
        String which = meta.type.getSimpleName() + " " + meta.id.name + "=" + meta.id.get(model);
        if (meta.version != null) {
            return new OptimisticLockException(which + " was not " + what + ": it was changed or deleted meanwhile (expected "
                    + meta.version.name + " " + meta.version.get(model) + ")");
        }
        return new NotFoundException(which + " was not " + what + ": the row no longer exists");
    }

    @Override
    public T update(T model, Map<String, ?> partial) {
        Payloads.apply(meta, notNull(model, "model"), notNull(partial, "partial"), true);
        return save(model);
    }

    @Override
    public void delete(T model) {
        Statement st = Writes.delete(meta, notNull(model, "model"));
        if (db.execute(st.sql(), st.params()) == 0 && meta.version != null) {
            throw stale(model, "deleted");
        }
        forget(model);
    }

    @Override
    public T refresh(T model) {
        List<Row> rows = db.query(meta.selectById, Writes.key(meta, notNull(model, "model")));
        if (rows.isEmpty()) {
            throw stale(model, "refreshed");
        }
        meta.load(model, rows.get(0));
        return loaded(model);
    }

    @Override
    public Map<String, Object> toMap(T model) {
        return Payloads.toMap(meta, notNull(model, "model"));
    }

    @Override
    public List<T> fromRows(List<Row> rows) {
        return loaded(RowMapping.map(meta, notNull(rows, "rows")));
    }

    @Override
    public List<T> sql(String sql, Object... params) {
        return fromRows(db.query(notNull(sql, "sql"), params));
    }

    @Override
    public ReactiveBoundModel<T> reactive() {
        return reactive;
    }

    /** Marks a model instance as read from (or written to) this database. */
    T loaded(T model) {
        if (model instanceof Model<?> m) {
            ModelSupport.state(m, this);
        }
        return model;
    }

    List<T> loaded(List<T> models) {
        if (!models.isEmpty() && models.get(0) instanceof Model<?>) {
            models.forEach(this::loaded);
        }
        return models;
    }

    void forget(T model) {
        if (model instanceof Model<?> m) {
            ModelSupport.state(m, null);
        }
    }

    static <V> V notNull(V value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    @Override
    public String toString() {
        return "ModelType[" + meta.type.getSimpleName() + " on " + db.name() + "]";
    }
}
