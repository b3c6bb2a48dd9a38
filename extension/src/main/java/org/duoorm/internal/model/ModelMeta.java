package org.duoorm.internal.model;

import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
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
    final String quotedTable;
    final FieldMeta[] fields;
    final FieldMeta id;
    final FieldMeta version;
    final FieldMeta createdAt;
    final FieldMeta updatedAt;
    final SqlDialect dialect;
    final List<String> fieldNames;
    final String selectList;
    final String selectById;
    final String deleteById;
    final String updateById;
    final FieldMeta[] updated;
    /** Rendered statements by shape, so each query shape is rendered once. */
    final Map<Object, String> sqlCache = new ConcurrentHashMap<>();
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

    ModelMeta(Class<T> type, String table, FieldMeta[] fields, MethodHandle constructor, SqlDialect dialect,
            List<RelationMeta> relations) {
        this.type = type;
        this.relations = relations;
        this.table = table;
        this.dialect = dialect;
        this.quotedTable = dialect.quote(table);
        this.fields = fields;
        this.constructor = constructor;
        this.id = Arrays.stream(fields).filter(f -> f.id).findFirst().orElseThrow();
        this.version = Arrays.stream(fields).filter(f -> f.version).findFirst().orElse(null);
        this.createdAt = Arrays.stream(fields).filter(f -> f.createdAt).findFirst().orElse(null);
        this.updatedAt = Arrays.stream(fields).filter(f -> f.updatedAt).findFirst().orElse(null);
        this.fieldNames = Arrays.stream(fields).map(f -> f.name).toList();
        this.byField = Arrays.stream(fields).collect(Collectors.toUnmodifiableMap(f -> f.name, f -> f));
        this.byKey = new java.util.HashMap<>();
        for (FieldMeta f : fields) {
            byKey.put(f.column.toLowerCase(Locale.ROOT), f);
            byKey.put(f.name.toLowerCase(Locale.ROOT), f);
        }
        this.selectList = Arrays.stream(fields).map(f -> f.quoted).collect(Collectors.joining(", "));
        this.selectById = "SELECT " + selectList + " FROM " + quotedTable + " WHERE " + id.quoted + " = ?";
        this.deleteById = "DELETE FROM " + quotedTable + " WHERE " + id.quoted + " = ?" + versionCheck();
        this.updated = Arrays.stream(fields).filter(f -> !f.id && !f.version && f.details().updatable()).toArray(FieldMeta[]::new);
        this.updateById = renderUpdateById();
    }

    private String versionCheck() {
        return version == null ? "" : " AND " + version.quoted + " = ?";
    }

    private String renderUpdateById() {
        StringBuilder sql = new StringBuilder("UPDATE ").append(quotedTable).append(" SET ");
        String sets = Arrays.stream(updated).map(f -> f.quoted + " = " + f.placeholder).collect(Collectors.joining(", "));
        sql.append(sets);
        if (version != null) {
            sql.append(sets.isEmpty() ? "" : ", ").append(version.quoted).append(" = ").append(version.quoted).append(" + 1");
        } else if (sets.isEmpty()) {
            sql.append(id.quoted).append(" = ").append(id.quoted);
        }
        return sql.append(" WHERE ").append(id.quoted).append(" = ?").append(versionCheck()).toString();
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
