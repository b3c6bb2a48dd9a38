package org.duoorm.internal.model;

import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.duoorm.MappingException;
import org.duoorm.Row;
import org.duoorm.ValidationException;
import org.duoorm.model.Column;

/**
 * The metadata of one model class on one database: table, fields, keys, and the SQL that does not
 * depend on a query (rendered once, here). Immutable apart from its caches.
 *
 * @param <T> the model
 */
final class ModelMeta<T> {
    final Class<T> type;
    final String table;
    /** The table as SQL: quoted, with its schema when {@code @Table(schema)} names one. */
    final String quotedTable;
    /** The table's schema, unique constraints and indexes. */
    final TableMeta tableMeta;
    /** The model's {@code @PrePersist} and {@code @PreUpdate} methods. */
    final Callbacks callbacks;
    final FieldMeta[] fields;
    final FieldMeta id;
    final FieldMeta version;
    final FieldMeta createdAt;
    final FieldMeta updatedAt;
    final SqlDialect dialect;
    final List<String> fieldNames;
    final String selectList;
    /** The fields an update may set: not the primary key, not the version, not {@code updatable = false}. */
    final FieldMeta[] updated;
    /** The readable properties of each payload class seen (records, plain objects), found once per class. */
    final Map<Class<?>, Payloads.Property[]> payloadProperties = new ConcurrentHashMap<>();
    private final Map<String, FieldMeta> byField;
    private final Map<String, FieldMeta> byKey;
    private final MethodHandle constructor;

    /** Relationship fields; not columns (see {@link RelationMeta}). */
    final List<RelationMeta> relations;
    /** The models of the same database, for resolving relationships; set at registration. */
    volatile DatabaseModels models;
    private final Map<String, Link> links = new ConcurrentHashMap<>();

    ModelMeta(Class<T> type, String table, TableMeta tableMeta, FieldMeta[] fields, MethodHandle constructor,
            SqlDialect dialect, List<RelationMeta> relations, Callbacks callbacks) {
        this.type = type;
        this.relations = relations;
        this.table = table;
        this.dialect = dialect;
        this.tableMeta = tableMeta;
        this.callbacks = callbacks;
        this.quotedTable = dialect.quote(tableMeta.schema(), table);
        this.fields = fields;
        this.constructor = constructor;
        // Plain loops rather than streams: this runs for each model on its first use, often at start-up,
        // where every lambda and stream stage is a class to spin and load.
        FieldMeta idField = null;
        FieldMeta versionField = null;
        FieldMeta created = null;
        FieldMeta updatedField = null;
        String[] names = new String[fields.length];
        Map<String, FieldMeta> named = new java.util.HashMap<>();
        this.byKey = new java.util.HashMap<>();
        StringBuilder select = new StringBuilder();
        List<FieldMeta> updatable = new java.util.ArrayList<>();
        for (FieldMeta f : fields) {
            idField = f.id && idField == null ? f : idField;
            versionField = f.version && versionField == null ? f : versionField;
            created = f.createdAt && created == null ? f : created;
            updatedField = f.updatedAt && updatedField == null ? f : updatedField;
            names[f.index] = f.name;
            named.put(f.name, f);
            byKey.put(f.column.toLowerCase(Locale.ROOT), f);
            byKey.put(f.name.toLowerCase(Locale.ROOT), f);
            select.append(select.length() == 0 ? "" : ", ").append(f.quoted);
            if (!f.id && !f.version && f.details().updatable()) {
                updatable.add(f);
            }
        }
        this.id = idField; // exactly one, as MetadataReader checked
        this.version = versionField;
        this.createdAt = created;
        this.updatedAt = updatedField;
        this.fieldNames = List.of(names);
        this.byField = Map.copyOf(named);
        this.selectList = select.toString();
        this.updated = updatable.toArray(new FieldMeta[0]);
    }

    /** The field a typed column names. */
    FieldMeta field(Column<?, ?> column) {
        FieldMeta f = column.model() == type ? byField.get(column.field()) : null;
        if (f == null) {
            throw new MappingException("Column " + column + " is not a mapped field of " + type.getName()
                    + "; its fields are " + fieldNames);
        }
        return f;
    }

    /** A field named by user input (a sort key, a payload key): checked, never used as SQL text. */
    FieldMeta fieldByKey(String key, String what) {
        FieldMeta f = byKey.get(key.toLowerCase(Locale.ROOT));
        if (f == null) {
            throw new ValidationException(List.of("Unknown " + what + " '" + key + "' for " + type.getSimpleName()
                    + "; known: " + fieldNames));
        }
        return f;
    }

    /** A field by name or column name, in any case; null when none. */
    FieldMeta fieldByKeyOrNull(String key) {
        return key == null ? null : byKey.get(key.toLowerCase(Locale.ROOT));
    }

    FieldMeta fieldByColumn(String column) {
        for (FieldMeta f : fields) {
            if (f.column.equalsIgnoreCase(column)) {
                return f;
            }
        }
        return null;
    }

    /** A relationship field by name. */
    RelationMeta relation(String name) {
        for (RelationMeta r : relations) {
            if (r.field().equals(name)) {
                return r;
            }
        }
        throw new MappingException(type.getSimpleName() + " has no relationship '" + name + "'; its relationships are "
                + relations.stream().map(RelationMeta::field).toList());
    }

    /** A relationship resolved against the related model (once). */
    Link link(String name) {
        Link l = links.get(name);
        if (l == null) {
            l = Link.resolve(this, relations.indexOf(relation(name)), models);
            links.putIfAbsent(name, l);
        }
        return l;
    }

    FieldMeta fieldByName(String name) {
        return byField.get(name);
    }

    @SuppressWarnings("unchecked")
    T newInstance() {
        try {
            return (T) (Object) constructor.invokeExact();
        } catch (Throwable e) {
            throw new MappingException("Cannot instantiate " + type.getName(), e);
        }
    }

    /** Maps a row whose columns are {@link #selectList}, in order. */
    T map(Row row) {
        T model = newInstance();
        load(model, row);
        markUnloaded(model);
        return model;
    }

    /** A model fresh from a row has its collection relationships not loaded (not empty). */
    void markUnloaded(T model) {
        for (RelationMeta r : relations) {
            if (r.toMany()) {
                r.set(model, Unloaded.list(type, r.field()));
            }
        }
    }

    void load(T model, Row row) {
        load(model, row, 0);
    }

    /** Loads from the row's columns {@code offset ...}, for joined results. */
    void load(T model, Row row, int offset) {
        for (FieldMeta f : fields) {
            f.load(model, row.get(offset + f.index));
        }
    }

    @Override
    public String toString() {
        return type.getName() + " -> " + table;
    }
}
