package org.duoorm.internal.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.duoorm.MappingException;

/** The SQL of inserts, updates and deletes of single models and of bulk inserts. */
final class Writes {
    private Writes() {
    }

    /** Cache key of an insert: which fields it sets (null fields of nullable columns are left to the column default). */
    private record InsertKey(BitSet fields, int rows, boolean returning) {
    }

    /** Fills Java-side generated values before an insert: UUID keys and the initial version. */
    static <T> void prepare(ModelMeta<T> meta, T model) {
        if (meta.id.generated && meta.id.type == UUID.class && meta.id.get(model) == null) {
            meta.id.set(model, UUID.randomUUID());
        }
        if (meta.version != null && meta.version.get(model) == null) {
            meta.version.set(model, meta.version.codec.fromDb(0));
        }
    }

    /** Whether the insert reads the row back in the same statement. */
    static boolean returnsRow(ModelMeta<?> meta) {
        return meta.dialect.returning() != SqlDialect.Returning.LAST_INSERT_ID;
    }

    /** The insert of one prepared model; it returns the whole row where {@link #returnsRow} holds. */
    static <T> Statement insert(ModelMeta<T> meta, T model) {
        BitSet set = new BitSet(meta.fields.length);
        List<Object> params = new ArrayList<>(meta.fields.length);
        for (FieldMeta f : meta.fields) {
            if (!f.details().insertable()) {
                continue;
            }
            Object v = f.bind(model);
            if (v != null || mustSend(f)) {
                set.set(f.index);
                params.add(v);
            }
        }
        String sql = meta.sqlCache.computeIfAbsent(new InsertKey(set, 1, returnsRow(meta)), k -> renderInsert(meta, set, 1));
        return new Statement(sql, params.toArray());
    }

    /**
     * Whether a null is sent rather than left to the column default: for NOT NULL columns without a
     * declared definition, so that the database reports a NOT NULL violation, not a missing default.
     */
    private static boolean mustSend(FieldMeta f) {
        return !f.nullable() && !(f.id && f.generated) && f.details().columnDefinition().isEmpty();
    }

    /** The columns of a bulk insert: every insertable field, less a generated key left null in the first row. */
    static <T> BitSet bulkColumns(ModelMeta<T> meta, T first) {
        BitSet set = new BitSet(meta.fields.length);
        for (FieldMeta f : meta.fields) {
            if (f.details().insertable() && !(f.id && f.generated && f.get(first) == null)) {
                set.set(f.index);
            }
        }
        return set;
    }

    /** One bulk insert statement for several rows, returning them when asked (and possible). */
    static <T> Statement bulkInsert(ModelMeta<T> meta, BitSet columns, List<T> models, boolean returning) {
        List<Object> params = new ArrayList<>(models.size() * columns.cardinality());
        for (T m : models) {
            for (int i = columns.nextSetBit(0); i >= 0; i = columns.nextSetBit(i + 1)) {
                FieldMeta f = meta.fields[i];
                if (f.id && f.generated && f.get(m) != null != columns.get(i)) {
                    throw new MappingException("A bulk insert of " + meta.type.getSimpleName()
                            + " needs the generated key set in every row or in none");
                }
                params.add(f.bind(m));
            }
        }
        InsertKey key = new InsertKey(columns, models.size(), returning);
        String sql = meta.sqlCache.computeIfAbsent(key, k -> returning ? renderInsert(meta, columns, models.size())
                : plainInsert(meta, columns, models.size()));
        return new Statement(sql, params.toArray());
    }

    /** The bind values of one row of a bulk insert, for driver batches. */
    static <T> Object[] row(ModelMeta<T> meta, BitSet columns, T model) {
        Object[] out = new Object[columns.cardinality()];
        int n = 0;
        for (int i = columns.nextSetBit(0); i >= 0; i = columns.nextSetBit(i + 1)) {
            out[n++] = meta.fields[i].bind(model);
        }
        return out;
    }

    private static String renderInsert(ModelMeta<?> meta, BitSet columns, int rows) {
        String insert = plainInsert(meta, columns, rows);
        return switch (meta.dialect.returning()) {
            case RETURNING -> insert + " RETURNING " + meta.selectList;
            case FINAL_TABLE -> "SELECT " + meta.selectList + " FROM FINAL TABLE (" + insert + ")";
            case LAST_INSERT_ID -> insert;
        };
    }

    static String plainInsert(ModelMeta<?> meta, BitSet columns, int rows) {
        if (columns.isEmpty()) {
            return meta.dialect.insertDefaults(meta.quotedTable);
        }
        String names = columns.stream().mapToObj(i -> meta.fields[i].quoted).collect(Collectors.joining(", "));
        String one = columns.stream().mapToObj(i -> meta.fields[i].placeholder).collect(Collectors.joining(", ", "(", ")"));
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(meta.quotedTable).append(" (").append(names).append(") VALUES ");
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ", ").append(one);
        }
        return sql.toString();
    }

    /** The update of a model by primary key (checking and bumping the version, if any). */
    static <T> Statement update(ModelMeta<T> meta, T model) {
        List<Object> params = new ArrayList<>(meta.updated.length + 2);
        for (FieldMeta f : meta.updated) {
            params.add(f.bind(model));
        }
        params.add(key(meta, model));
        if (meta.version != null) {
            params.add(meta.version.bind(model));
        }
        return new Statement(meta.updateById, params.toArray());
    }

    static <T> Statement delete(ModelMeta<T> meta, T model) {
        Object id = key(meta, model);
        return new Statement(meta.deleteById, meta.version == null ? new Object[] {id} : new Object[] {id, meta.version.bind(model)});
    }

    static <T> Object key(ModelMeta<T> meta, T model) {
        Object id = meta.id.bind(model);
        if (id == null) {
            throw new MappingException("This " + meta.type.getSimpleName() + " has no primary key value; save it first");
        }
        return id;
    }

    /** After a successful versioned update: the model now holds the row's new version. */
    static <T> void bumpVersion(ModelMeta<T> meta, T model) {
        if (meta.version != null) {
            Number v = (Number) meta.version.get(model);
            meta.version.set(model, meta.version.codec.fromDb(v == null ? 1L : v.longValue() + 1));
        }
    }

    /** Rows per multi-row insert: drivers cap the bind values of one statement (PostgreSQL at 65535). */
    static int rowsPerStatement(BitSet columns) {
        return Math.max(1, Math.min(500, 30000 / Math.max(1, columns.cardinality())));
    }
}
