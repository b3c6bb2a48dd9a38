package org.duoorm.internal.model;

import java.lang.reflect.Field;
import org.duoorm.MappingException;

/**
 * One mapped field: its column, its type and codec, and its accessor, found once, so that mapping a row
 * never looks anything up.
 *
 * <p>The accessor is the accessible {@link Field} itself rather than a method handle: creating a method
 * handle adapted to {@code (Object)Object} spins classes, twice per field, which was a fifth of a model's
 * first use at start-up, while a read or write through either costs nanoseconds against the microseconds
 * of the statement around it.
 */
final class FieldMeta {
    /** Mapping details read from the annotations. */
    record Details(int length, int precision, int scale, boolean lob, boolean enumAsString, boolean nullable,
            boolean unique, String columnDefinition, boolean insertable, boolean updatable, boolean json) {
    }

    final int index;
    final String name;
    final String column;
    final String quoted;
    final Class<?> type;
    final boolean primitive;
    final Codec codec;
    private final Details details;
    final boolean id;
    final boolean generated;
    final boolean version;
    final boolean guarded;
    final boolean createdAt;
    final boolean updatedAt;
    /** The bind placeholder for a value of this field: {@code ?}, or a cast for JSON columns. */
    final String placeholder;
    private final Field field;
    private final Object primitiveDefault;

    FieldMeta(int index, String name, String column, String quoted, Class<?> rawType, Codec codec, Details details,
            int flags, Field field, String placeholder) {
        this.index = index;
        this.name = name;
        this.column = column;
        this.quoted = quoted;
        this.primitive = rawType.isPrimitive();
        this.type = Types.boxed(rawType);
        this.codec = codec;
        this.details = details;
        this.id = (flags & ID) != 0;
        this.generated = (flags & GENERATED) != 0;
        this.version = (flags & VERSION) != 0;
        this.guarded = (flags & GUARDED) != 0;
        this.createdAt = (flags & CREATED_AT) != 0;
        this.updatedAt = (flags & UPDATED_AT) != 0;
        this.placeholder = placeholder;
        this.field = field;
        this.primitiveDefault = primitive ? Types.zero(rawType) : null;
    }

    static final int ID = 1;
    static final int GENERATED = 2;
    static final int VERSION = 4;
    static final int GUARDED = 8;
    static final int CREATED_AT = 16;
    static final int UPDATED_AT = 32;

    Object get(Object model) {
        try {
            return field.get(model);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new MappingException("Cannot read field " + name + " of " + model.getClass().getName(), e);
        }
    }

    void set(Object model, Object value) {
        try {
            field.set(model, value == null ? primitiveDefault : value);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new MappingException("Cannot set field " + name + " of " + model.getClass().getName(), e);
        }
    }

    /** The bind value of this field in a model. */
    Object bind(Object model) {
        Object v = get(model);
        try {
            return v == null ? null : codec.toDb(v);
        } catch (MappingException e) {
            throw new MappingException("Field " + name + " of " + model.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Sets this field from a row value. */
    void load(Object model, Object rowValue) {
        set(model, rowValue == null ? null : codec.fromDb(rowValue));
    }

    /** Whether the schema allows NULL here. */
    Details details() {
        return details;
    }

    boolean nullable() {
        return !id && !primitive && !version && details.nullable();
    }

    @Override
    public String toString() {
        return name;
    }
}
