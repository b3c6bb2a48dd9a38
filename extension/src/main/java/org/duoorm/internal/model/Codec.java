package org.duoorm.internal.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.duoorm.MappingException;

/**
 * Converts one field's values between Java and the database: {@link #toDb} gives the bind value,
 * {@link #fromDb} the field value from a (normalized) row value. Chosen once per field.
 */
abstract class Codec {
    final Class<?> type;

    Codec(Class<?> type) {
        this.type = type;
    }

    /** @param value the field's value, not null @return the bind value */
    abstract Object toDb(Object value);

    /** @param value a row value, not null @return the field's value */
    final Object fromDb(Object value) {
        try {
            return type.isInstance(value) ? accept(value) : convert(value);
        } catch (RuntimeException e) {
            throw cannot(value, e);
        }
    }

    abstract Object convert(Object value);

    /**
     * A value already of the field's type, checked where its type does not say it all.
     *
     * @throws Refused when it cannot be stored
     */
    Object accept(Object value) {
        return value;
    }

    /**
     * The field's value from a column value read from a row. The same as {@link #fromDb} except for a converted
     * field, whose column value always goes through its converter, even when it has the field's type already.
     *
     * @param value a row value, not null
     */
    Object fromRow(Object value) {
        return fromDb(value);
    }

    /** The Java type of the column's values: the field's type, or the database type of its converter. */
    Class<?> stored() {
        return type;
    }

    final MappingException cannot(Object value, Throwable cause) {
        return new MappingException("Cannot convert a value of type " + value.getClass().getName() + " to "
                + type.getSimpleName() + (reason(cause) != null ? ": " + reason(cause) : ""), cause);
    }

    /** Why a value was refused, when the codec said so itself (not a parser's message quoting the value). */
    static String reason(Throwable cause) {
        return cause instanceof ArithmeticException || cause instanceof Refused ? cause.getMessage() : null;
    }

    /** A value of a type the field could take, refused because of what it is. */
    static final class Refused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    static boolean supports(Class<?> type) {
        if (type.isArray() && type != byte[].class) {
            Class<?> c = type.getComponentType();
            return !c.isArray() && !c.isPrimitive() && !c.isEnum() && c != byte[].class && supports(c);
        }
        return type == java.util.Map.class || type == java.util.List.class || type.isEnum() || type == String.class || type == Boolean.class || type == byte[].class
                || Number.class.isAssignableFrom(type) && numeric(type) || type == UUID.class || type == LocalDate.class
                || type == LocalTime.class || type == LocalDateTime.class || type == Instant.class
                || type == OffsetDateTime.class;
    }

    private static boolean numeric(Class<?> t) {
        return t == Integer.class || t == Long.class || t == Short.class || t == Byte.class || t == Double.class
                || t == Float.class || t == BigDecimal.class || t == BigInteger.class;
    }

    /** The codec for a boxed field type. */
    static Codec of(Class<?> type, FieldMeta.Details d, SqlDialect dialect) {
        if (d.json()) {
            return new JsonCodec(type);
        }
        if (type.isArray() && type != byte[].class) {
            return new ArrayCodec(type, of(type.getComponentType(), d, dialect));
        }
        boolean enumAsString = d.enumAsString();
        if (type.isEnum()) {
            return enumAsString ? new EnumByName(type) : new EnumByOrdinal(type);
        }
        if (Number.class.isAssignableFrom(type)) {
            return new Numeric(type);
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return new Timestamp(type, dialect.hasTimestampWithZone());
        }
        if (type == UUID.class) {
            return new Uuid(dialect.uuidAsText());
        }
        return new Simple(type);
    }

    /**
     * A field with {@code @Convert}: its values go through the converter, then are stored as the converter's
     * database type, with that type's codec.
     */
    static final class Converting extends Codec {
        private final jakarta.persistence.AttributeConverter<Object, Object> converter;
        private final Codec column;

        Converting(Class<?> type, jakarta.persistence.AttributeConverter<Object, Object> converter, Codec column) {
            super(type);
            this.converter = converter;
            this.column = column;
        }

        @Override
        Object toDb(Object value) {
            Object converted = converter.convertToDatabaseColumn(value);
            return converted == null ? null : column.toDb(converted);
        }

        @Override
        Object convert(Object v) {
            return fromRow(v);
        }

        @Override
        Object fromRow(Object value) {
            return converter.convertToEntityAttribute(column.fromDb(value));
        }

        @Override
        Class<?> stored() {
            return column.type;
        }
    }

    /** Values bound as they are. */
    static final class Simple extends Codec {
        Simple(Class<?> type) {
            super(type);
        }

        @Override
        Object toDb(Object value) {
            return value;
        }

        @Override
        Object convert(Object v) {
            if (type == String.class) {
                // A scalar has one text form; a map, a collection or an array would be stored as Java's
                // toString() ("{a=1}"), which no one could read back.
                if (v instanceof java.util.Map || v instanceof java.util.Collection || v.getClass().isArray()) {
                    throw new Refused("a " + v.getClass().getSimpleName() + " is no text value");
                }
                return v.toString();
            } else if (type == Boolean.class) {
                return bool(v);
            } else if (type == byte[].class && v instanceof ByteBuffer b) {
                byte[] out = new byte[b.remaining()];
                b.duplicate().get(out);
                return out;
            } else if (type == LocalDate.class) {
                return v instanceof LocalDateTime t ? t.toLocalDate() : v instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(v.toString());
            } else if (type == LocalTime.class) {
                if (v instanceof java.time.Duration d) {
                    return LocalTime.MIDNIGHT.plus(d); // the Vert.x MySQL client reads TIME as a Duration
                }
                return v instanceof java.sql.Time t ? t.toLocalTime() : LocalTime.parse(v.toString());
            } else if (type == LocalDateTime.class) {
                return v instanceof java.sql.Timestamp t ? t.toLocalDateTime() : v instanceof OffsetDateTime o ? o.toLocalDateTime() : LocalDateTime.parse(v.toString());
            }
            throw cannot(v, null);
        }
    }

    /** Ordinals convert as int fields do: 2.0 is 2, 2.5 is refused. */
    private static final Numeric ORDINAL = new Numeric(Integer.class);

    /**
     * A whole number (zero is false, any other true, as MySQL and MariaDB read their TINYINT booleans), or
     * true/false/1/0 (t/f, as PostgreSQL writes them) in any case; anything else is refused, not false.
     */
    private static Boolean bool(Object v) {
        if (v instanceof Number n) {
            if ((n instanceof Double || n instanceof Float) && !Double.isFinite(n.doubleValue())) {
                throw new Refused("only whole numbers are booleans");
            }
            BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
            if (d.stripTrailingZeros().scale() > 0) {
                throw new Refused("only whole numbers are booleans");
            }
            return d.signum() != 0;
        }
        switch (v.toString().trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "t", "1":
                return Boolean.TRUE;
            case "false", "f", "0":
                return Boolean.FALSE;
            default:
                throw new Refused("only true/false and 1/0 are booleans");
        }
    }

    /**
     * Numbers of any width convert to the field's width only when nothing is lost: an integer field takes
     * 3 or 3.0 but not 3.7, a short takes 300 but not 70,000, a float takes any finite double that stays
     * finite. A silent truncation would store something else than the caller gave.
     */
    static final class Numeric extends Codec {
        Numeric(Class<?> type) {
            super(type);
        }

        @Override
        Object toDb(Object value) {
            return value;
        }

        @Override
        Object convert(Object v) {
            Number n = v instanceof Number num ? num : v instanceof Boolean b ? (b ? 1 : 0) : new BigDecimal(v.toString().trim());
            if (type == Integer.class) {
                return (int) ranged(exactLong(n), Integer.MIN_VALUE, Integer.MAX_VALUE);
            } else if (type == Long.class) {
                return exactLong(n);
            } else if (type == Short.class) {
                return (short) ranged(exactLong(n), Short.MIN_VALUE, Short.MAX_VALUE);
            } else if (type == Byte.class) {
                return (byte) ranged(exactLong(n), Byte.MIN_VALUE, Byte.MAX_VALUE);
            } else if (type == Double.class) {
                return finite(n, n.doubleValue());
            } else if (type == Float.class) {
                return (float) finite(n, n.floatValue());
            } else if (type == BigDecimal.class) {
                return decimal(n);
            }
            return decimal(n).toBigIntegerExact();
        }

        private static BigDecimal decimal(Number n) {
            if (n instanceof BigDecimal d) {
                return d;
            } else if (n instanceof BigInteger i) {
                return new BigDecimal(i);
            } else if (n instanceof Double || n instanceof Float) {
                if (Double.isNaN(n.doubleValue()) || Double.isInfinite(n.doubleValue())) {
                    throw new ArithmeticException("the value is not a finite number");
                }
                return new BigDecimal(n.toString()); // 0.1f is 0.1, not 0.100000001490116...
            }
            return BigDecimal.valueOf(n.longValue());
        }

        /** @throws ArithmeticException when the value has a fraction, is not finite or does not fit a long */
        private static long exactLong(Number n) {
            if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
                return n.longValue();
            }
            try {
                return decimal(n).longValueExact();
            } catch (ArithmeticException e) {
                throw new ArithmeticException("the value has a fraction, is not finite or does not fit a long");
            }
        }

        private static long ranged(long v, long min, long max) {
            if (v < min || v > max) {
                throw new ArithmeticException("the value is out of range [" + min + ", " + max + "]");
            }
            return v;
        }

        private static double finite(Number n, double converted) {
            if (Double.isInfinite(converted) && !(n instanceof Double d && d.isInfinite() || n instanceof Float f && f.isInfinite())) {
                throw new ArithmeticException("the value is out of range");
            }
            return converted;
        }
    }

    /** Instant and OffsetDateTime: a zoned timestamp where there is one, UTC local date-time otherwise. */
    static final class Timestamp extends Codec {
        private final boolean zoned;

        Timestamp(Class<?> type, boolean zoned) {
            super(type);
            this.zoned = zoned;
        }

        @Override
        Object toDb(Object value) {
            OffsetDateTime odt = value instanceof Instant i ? i.atOffset(ZoneOffset.UTC) : (OffsetDateTime) value;
            return zoned ? odt : odt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }

        @Override
        Object convert(Object v) {
            Instant instant;
            if (v instanceof OffsetDateTime o) {
                instant = o.toInstant();
            } else if (v instanceof LocalDateTime l) {
                instant = l.toInstant(ZoneOffset.UTC);
            } else if (v instanceof ZonedDateTime z) {
                instant = z.toInstant();
            } else if (v instanceof java.sql.Timestamp t) {
                instant = t.toInstant();
            } else if (v instanceof Instant i) {
                instant = i;
            } else {
                instant = OffsetDateTime.parse(v.toString()).toInstant();
            }
            return type == Instant.class ? instant : instant.atOffset(ZoneOffset.UTC);
        }
    }

    /** UUIDs, as text where the column has no UUID type. */
    static final class Uuid extends Codec {
        private final boolean asText;

        Uuid(boolean asText) {
            super(UUID.class);
            this.asText = asText;
        }

        @Override
        Object toDb(Object value) {
            return asText ? value.toString() : value;
        }

        @Override
        Object convert(Object v) {
            if (v instanceof byte[] b && b.length == 16) {
                ByteBuffer buf = ByteBuffer.wrap(b);
                return new UUID(buf.getLong(), buf.getLong());
            }
            return UUID.fromString(v.toString().trim());
        }
    }

    /** {@code @Enumerated(STRING)}. */
    static final class EnumByName extends Codec {
        EnumByName(Class<?> type) {
            super(type);
        }

        @Override
        Object toDb(Object value) {
            return ((Enum<?>) value).name();
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object convert(Object v) {
            return Enum.valueOf((Class) type, v.toString());
        }
    }

    /** The JPA default: {@code @Enumerated(ORDINAL)}. */
    static final class EnumByOrdinal extends Codec {
        private final Object[] constants;

        EnumByOrdinal(Class<?> type) {
            super(type);
            this.constants = type.getEnumConstants();
        }

        @Override
        Object toDb(Object value) {
            return ((Enum<?>) value).ordinal();
        }

        @Override
        Object convert(Object v) {
            int ordinal = (Integer) ORDINAL.convert(v);
            if (ordinal < 0 || ordinal >= constants.length) {
                throw new Refused("ordinal " + ordinal + " is not one of the " + constants.length + " constants");
            }
            return constants[ordinal];
        }
    }

    /**
     * JSON columns: Maps and Lists as JSON text ({@link JsonText}), or a String holding the JSON text itself,
     * which is written as it is (the database checks it).
     */
    static final class JsonCodec extends Codec {
        JsonCodec(Class<?> type) {
            super(type);
        }

        @Override
        Object toDb(Object value) {
            if (value instanceof String s && type == String.class) {
                return s;
            }
            try {
                return JsonText.write(value);
            } catch (Refused e) {
                throw new MappingException("Cannot write the " + type.getSimpleName() + " as JSON: " + e.getMessage(), e);
            }
        }

        /** A Map or List from a payload: refused now, before any SQL, when it cannot be written. */
        @Override
        Object accept(Object value) {
            if (type != String.class) {
                JsonText.write(value);
            }
            return value;
        }

        @Override
        Object convert(Object v) {
            String text = v instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.UTF_8) : v.toString();
            if (type == String.class) {
                return text;
            }
            if (!(v instanceof String || v instanceof byte[])) {
                throw new Refused("a " + v.getClass().getSimpleName() + " is no " + type.getSimpleName());
            }
            Object parsed = JsonText.read(text);
            if (parsed != null && !type.isInstance(parsed)) {
                throw new Refused("the JSON text holds " + (parsed instanceof java.util.Map ? "an object" : parsed instanceof java.util.List
                        ? "an array" : "a scalar") + ", not a " + type.getSimpleName());
            }
            return parsed;
        }
    }

    /** PostgreSQL arrays: bound as Java arrays, read back element by element into the field's array type. */
    static final class ArrayCodec extends Codec {
        private final Codec element;

        ArrayCodec(Class<?> type, Codec element) {
            super(type);
            this.element = element;
        }

        @Override
        Object toDb(Object value) {
            return value;
        }

        @Override
        Object convert(Object v) {
            java.util.List<?> items = v instanceof java.util.List<?> l ? l : v.getClass().isArray() ? arrayItems(v) : null;
            if (items == null) {
                throw cannot(v, null);
            }
            Object out = java.lang.reflect.Array.newInstance(type.getComponentType(), items.size());
            for (int i = 0; i < items.size(); i++) {
                Object item = items.get(i);
                java.lang.reflect.Array.set(out, i, item == null ? null : element.fromDb(item));
            }
            return out;
        }

        private static java.util.List<Object> arrayItems(Object array) {
            int n = java.lang.reflect.Array.getLength(array);
            java.util.List<Object> out = new java.util.ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(java.lang.reflect.Array.get(array, i));
            }
            return out;
        }
    }
}
