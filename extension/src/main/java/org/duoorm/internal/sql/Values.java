package org.duoorm.internal.sql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.duoorm.MappingException;

/** Conversions of result values to the types users ask for, the same for both engines. */
public final class Values {
    private Values() {
    }

    /**
     * @param value a normalized value, may be null
     * @param type the wanted type
     * @param what the column, for the message
     * @return the converted value, null for null
     */
    @SuppressWarnings("unchecked")
    public static <T> T convert(Object value, Class<T> type, String what) {
        if (value == null) {
            return null;
        }
        Class<?> t = boxed(type);
        if (t.isInstance(value)) {
            return (T) value;
        }
        Object converted = tryConvert(value, t);
        if (converted == null) {
            throw new MappingException("Cannot convert column '" + what + "' of type " + value.getClass().getName()
                    + " to " + type.getName() + ".");
        }
        return (T) converted;
    }

    private static Object tryConvert(Object value, Class<?> t) {
        if (value instanceof Number) {
            return number((Number) value, t);
        }
        if (value instanceof Boolean && Number.class.isAssignableFrom(t)) {
            return number((Boolean) value ? 1 : 0, t);
        }
        if (t == String.class) {
            return value instanceof byte[] ? null : value.toString();
        }
        if (t == UUID.class && value instanceof String) {
            return UUID.fromString((String) value);
        }
        if (t == Boolean.class && value instanceof String) {
            return Boolean.parseBoolean((String) value);
        }
        return temporal(value, t);
    }

    private static Object temporal(Object value, Class<?> t) {
        if (value instanceof LocalDateTime) {
            LocalDateTime ldt = (LocalDateTime) value;
            if (t == Instant.class) {
                return ldt.toInstant(ZoneOffset.UTC);
            }
            if (t == OffsetDateTime.class) {
                return ldt.atOffset(ZoneOffset.UTC);
            }
            if (t == LocalDate.class) {
                return ldt.toLocalDate();
            }
        }
        if (value instanceof OffsetDateTime) {
            OffsetDateTime odt = (OffsetDateTime) value;
            if (t == Instant.class) {
                return odt.toInstant();
            }
            if (t == LocalDateTime.class) {
                return odt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            }
        }
        if (value instanceof String) {
            String s = (String) value;
            if (t == LocalDate.class) {
                return LocalDate.parse(s);
            }
            if (t == LocalTime.class) {
                return LocalTime.parse(s);
            }
            if (t == LocalDateTime.class) {
                return LocalDateTime.parse(s.replace(' ', 'T'));
            }
        }
        return null;
    }

    private static Object number(Number n, Class<?> t) {
        if (t == Boolean.class) {
            return n.intValue() != 0;
        }
        BigDecimal exact = toBigDecimal(n);
        try {
            if (t == Long.class) {
                return exact.longValueExact();
            }
            if (t == Integer.class) {
                return exact.intValueExact();
            }
            if (t == Short.class) {
                return exact.shortValueExact();
            }
            if (t == Byte.class) {
                return exact.byteValueExact();
            }
            if (t == BigInteger.class) {
                return exact.toBigIntegerExact();
            }
        } catch (ArithmeticException e) {
            throw new MappingException("The value " + n + " does not fit in " + t.getSimpleName() + ".", e);
        }
        if (t == BigDecimal.class) {
            return exact;
        }
        if (t == Double.class) {
            return n.doubleValue();
        }
        if (t == Float.class) {
            return n.floatValue();
        }
        return null;
    }

    private static BigDecimal toBigDecimal(Number n) {
        if (n instanceof BigDecimal) {
            return (BigDecimal) n;
        }
        if (n instanceof BigInteger) {
            return new BigDecimal((BigInteger) n);
        }
        if (n instanceof Double || n instanceof Float) {
            return BigDecimal.valueOf(n.doubleValue());
        }
        return BigDecimal.valueOf(n.longValue());
    }

    static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == double.class) {
            return Double.class;
        }
        if (type == float.class) {
            return Float.class;
        }
        if (type == short.class) {
            return Short.class;
        }
        if (type == byte.class) {
            return Byte.class;
        }
        return Character.class;
    }
}
