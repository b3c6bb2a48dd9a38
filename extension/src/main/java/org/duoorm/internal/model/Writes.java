package org.duoorm.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.duoorm.MappingException;
import org.duoorm.model.Condition;

/** The inserts of models and the values that go with them; what is bound, never SQL text (see {@link SqlWriter}). */
final class Writes {
    private Writes() {
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

    /** Whether an insert reads the row back in the same statement. */
    static boolean returnsRow(ModelMeta<?> meta) {
        return meta.dialect.returning() != SqlDialect.Returning.LAST_INSERT_ID;
    }

    /**
     * The insert of one prepared model, returning the whole row where {@link #returnsRow} holds. A null
     * field of a nullable column is left out, so that the column's default applies.
     */
    static <T> Lowering.Lowered insert(ModelMeta<T> meta, T model) {
        List<FieldMeta> columns = new ArrayList<>(meta.fields.length);
        List<Object> values = new ArrayList<>(meta.fields.length);
        for (FieldMeta f : meta.fields) {
            if (!f.details().insertable()) {
                continue;
            }
            Object v = f.bind(model);
            if (v != null || mustSend(f)) {
                columns.add(f);
                values.add(v);
            }
        }
        return Lowering.insert(meta, List.copyOf(columns), 1, returnsRow(meta), values.toArray());
    }

    /**
     * Whether a null is sent rather than left to the column default: for NOT NULL columns without a
     * declared definition, so that the database reports a NOT NULL violation, not a missing default.
     */
    private static boolean mustSend(FieldMeta f) {
        return !f.nullable() && !(f.id && f.generated) && f.details().columnDefinition().isEmpty();
    }

    /** The columns of a bulk insert: every insertable field, less a generated key left null in the first row. */
    static <T> List<FieldMeta> bulkColumns(ModelMeta<T> meta, T first) {
        List<FieldMeta> out = new ArrayList<>(meta.fields.length);
        for (FieldMeta f : meta.fields) {
            if (f.details().insertable() && !(f.id && f.generated && f.get(first) == null)) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    /** Checks that every row has a generated key, or none does, as the first row. */
    static <T> void checkKeys(ModelMeta<T> meta, List<FieldMeta> columns, List<T> models) {
        boolean withKey = columns.contains(meta.id);
        for (T m : models) {
            if (meta.id.generated && (meta.id.get(m) != null) != withKey) {
                throw new MappingException("A bulk insert of " + meta.type.getSimpleName()
                        + " needs the generated key set in every row or in none");
            }
        }
    }

    /** One multi-row insert returning its rows (where the database can). */
    static <T> Lowering.Lowered bulkInsert(ModelMeta<T> meta, List<FieldMeta> columns, List<T> models) {
        List<Object> values = new ArrayList<>(models.size() * columns.size());
        for (T m : models) {
            for (FieldMeta f : columns) {
                values.add(f.bind(m));
            }
        }
        return Lowering.insert(meta, columns, models.size(), true, values.toArray());
    }

    /** The insert of one row of {@code columns}, for driver batches. */
    static String batchSql(ModelMeta<?> meta, List<FieldMeta> columns, Object[] firstRow) {
        return Lowering.insert(meta, columns, 1, false, firstRow).statement().sql();
    }

    /** The bind values of one row, in column order. */
    static <T> Object[] row(List<FieldMeta> columns, T model) {
        Object[] out = new Object[columns.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = columns.get(i).bind(model);
        }
        return out;
    }

    static Object key(ModelMeta<?> meta, Object model) {
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
    static int rowsPerStatement(List<FieldMeta> columns) {
        return Math.max(1, Math.min(500, 30000 / Math.max(1, columns.size())));
    }

    /** A condition on a field that binds an already bound value (a key read from a row). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Condition<Object> fieldIs(ModelMeta<?> meta, FieldMeta f, Object bound) {
        return (Condition) QueryLogic.column(meta, f).eq(f.codec.fromDb(bound));
    }
}
