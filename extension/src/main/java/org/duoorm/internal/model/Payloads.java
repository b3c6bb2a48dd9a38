package org.duoorm.internal.model;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duoorm.MappingException;
import org.duoorm.Row;
import org.duoorm.ValidationException;

/**
 * Turns payloads (maps, records, plain objects, rows of raw SQL) into field values under one
 * mass-assignment rule for every write path ({@link #refusal}): unknown map keys and row columns are an
 * error; the version and {@code @Guarded} fields are never set from a payload; a primary key only on
 * create and only when the database does not generate it; the creation time only on create. Values
 * convert to the field's type or fail, and every violation is listed before anything is written.
 */
final class Payloads {
    private Payloads() {
    }

    /** What a payload is for. */
    enum Purpose { CREATE, UPDATE }

    /**
     * The mass-assignment rule, the only one: why a payload may not set this field for this purpose, or null
     * when it may.
     */
    static String refusal(FieldMeta f, Purpose purpose) {
        if (f.version) {
            return "version";
        } else if (f.guarded) {
            return "guarded";
        } else if (f.id && (purpose == Purpose.UPDATE || f.generated)) {
            return f.generated ? "generated primary key" : "primary key";
        } else if (f.createdAt && purpose == Purpose.UPDATE) {
            return "creation time";
        }
        return null;
    }

    /** A new model from a payload of any supported shape (a model of the same class is taken as it is). */
    static <T> T instance(ModelMeta<T> meta, Object payload) {
        if (payload == null) {
            throw new org.duoorm.InvalidArgumentException("payload must not be null");
        }
        if (meta.type.isInstance(payload)) {
            return meta.type.cast(payload);
        }
        T model = meta.newInstance();
        if (payload instanceof Map<?, ?> || payload instanceof Row) {
            apply(meta, model, entries(meta, payload), Purpose.CREATE);
            return model;
        }
        // A record or plain object: its properties (the record components or fields whose names are mapped
        // fields) are looked up once per class, not per row, and go straight into the new model, with no
        // map per payload; the instance is thrown away if any value is refused.
        List<String> violations = new ArrayList<>(0);
        for (Property p : properties(meta, payload)) {
            Object raw = read(() -> p.read(payload), p.name());
            FieldMeta f = p.target();
            if (raw == null && refusal(f, Purpose.CREATE) != null) {
                continue; // absent
            }
            if (check(meta, f.name, Purpose.CREATE, violations) == null) {
                continue;
            }
            Object v = convert(f, raw, violations);
            if (v != null || raw == null && !f.primitive) {
                f.set(model, v);
            } else if (raw == null) {
                violations.add(f.name + ": may not be null");
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return model;
    }

    /** A map's entries, or a row's columns named by field (a column label that names no field stays as it is). */
    @SuppressWarnings("unchecked")
    private static Map<String, ?> entries(ModelMeta<?> meta, Object payload) {
        if (payload instanceof Map<?, ?> map) {
            return (Map<String, ?>) map;
        }
        Row row = (Row) payload;
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
            String label = row.columns().get(i);
            FieldMeta f = meta.fieldByKeyOrNull(label);
            out.put(f == null ? label : f.name, row.get(i));
        }
        return out;
    }

    /** The payload's properties that are mapped fields, found once per payload class. */
    private static Property[] properties(ModelMeta<?> meta, Object payload) {
        return meta.payloadProperties.computeIfAbsent(payload.getClass(), c -> properties(meta, c));
    }

    /** A record's or object's mapped properties by name, in declaration order (a map is taken as it is). */
    @SuppressWarnings("unchecked")
    static Map<String, ?> asMap(ModelMeta<?> meta, Object payload) {
        if (payload instanceof Map<?, ?> map) {
            return (Map<String, ?>) map;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Property p : properties(meta, payload)) {
            values.put(p.name(), read(() -> p.read(payload), p.name()));
        }
        return values;
    }

    /** A record component or field of a payload class whose name is a mapped field. */
    record Property(String name, FieldMeta target, Method accessor, Field field) {
        Object read(Object payload) throws ReflectiveOperationException {
            if (accessor != null) {
                accessor.trySetAccessible();
                return accessor.invoke(payload);
            }
            field.setAccessible(true);
            return field.get(payload);
        }
    }

    private static Property[] properties(ModelMeta<?> meta, Class<?> c) {
        List<Property> found = new ArrayList<>();
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                if (meta.fieldByName(rc.getName()) != null) {
                    found.add(new Property(rc.getName(), meta.fieldByName(rc.getName()), rc.getAccessor(), null));
                }
            }
            return nonEmpty(meta, c, found);
        }
        Set<String> names = new HashSet<>();
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && meta.fieldByName(f.getName()) != null && names.add(f.getName())) {
                    found.add(new Property(f.getName(), meta.fieldByName(f.getName()), null, f));
                }
            }
        }
        // JavaBean getters (getName(), isActive()) of properties without a field of that name
        for (Method m : c.getMethods()) {
            String name = beanProperty(m);
            if (name != null && meta.fieldByName(name) != null && names.add(name)) {
                found.add(new Property(name, meta.fieldByName(name), m, null));
            }
        }
        return nonEmpty(meta, c, found);
    }

    private static Property[] nonEmpty(ModelMeta<?> meta, Class<?> c, List<Property> found) {
        if (found.isEmpty()) {
            throw new MappingException("A " + c.getName() + " payload has no field, record component or getter named like a "
                    + "field of " + meta.type.getSimpleName() + " (" + meta.fieldNames + "), so it would write nothing; pass a "
                    + "Map, a record or an object whose properties are named like the model's fields");
        }
        return found.toArray(Property[]::new);
    }

    /** The property a public JavaBean getter reads, or null for any other method. */
    private static String beanProperty(Method m) {
        if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0 || m.getDeclaringClass() == Object.class
                || m.getReturnType() == void.class) {
            return null;
        }
        String n = m.getName();
        int prefix = n.startsWith("get") ? 3 : n.startsWith("is") && (m.getReturnType() == boolean.class
                || m.getReturnType() == Boolean.class) ? 2 : 0;
        if (prefix == 0 || n.length() == prefix || !Character.isUpperCase(n.charAt(prefix))) {
            return null;
        }
        String p = n.substring(prefix);
        return p.length() > 1 && Character.isUpperCase(p.charAt(1)) ? p : Character.toLowerCase(p.charAt(0)) + p.substring(1);
    }

    interface Reader {
        Object read() throws ReflectiveOperationException;
    }

    private static Object read(Reader r, String name) {
        try {
            return r.read();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new MappingException("Cannot read property " + name + " of a payload", e);
        }
    }

    /**
     * Applies values to a model; collects every violation before failing, and sets nothing then.
     *
     * @return the fields set, in payload order
     */
    static <T> List<FieldMeta> apply(ModelMeta<T> meta, T model, Map<String, ?> values, Purpose purpose) {
        List<String> violations = new ArrayList<>();
        List<Object[]> accepted = new ArrayList<>();
        for (Map.Entry<String, ?> e : values.entrySet()) {
            FieldMeta f = check(meta, e.getKey(), purpose, violations);
            if (f != null) {
                Object v = convert(f, e.getValue(), violations);
                if (v != null || e.getValue() == null && !f.primitive) {
                    accepted.add(new Object[] {f, v});
                } else if (e.getValue() == null) {
                    violations.add(f.name + ": may not be null");
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        List<FieldMeta> set = new ArrayList<>(accepted.size());
        for (Object[] a : accepted) {
            ((FieldMeta) a[0]).set(model, a[1]);
            set.add((FieldMeta) a[0]);
        }
        return set;
    }

    /** The field a payload key names, if the rule lets the payload set it; null after recording a violation. */
    static FieldMeta check(ModelMeta<?> meta, String key, Purpose purpose, List<String> violations) {
        FieldMeta f = key == null ? null : meta.fieldByName(key);
        if (f == null) {
            violations.add("Unknown field '" + key + "' for " + meta.type.getSimpleName() + "; known: " + meta.fieldNames);
            return null;
        }
        String refused = refusal(f, purpose);
        if (refused != null) {
            violations.add(f.name + ": may not be set by mass assignment (" + refused + "); set the field in Java to mean it");
            return null;
        }
        return f;
    }

    static Object convert(FieldMeta f, Object value, List<String> violations) {
        if (value == null) {
            return null;
        }
        try {
            return f.codec.fromDb(value);
        } catch (RuntimeException ex) {
            Throwable cause = ex.getCause();
            violations.add(f.name + ": cannot take a value of type " + value.getClass().getSimpleName()
                    + " (expected " + f.type.getSimpleName() + ")"
                    + (Codec.reason(cause) == null ? "" : ": " + Codec.reason(cause)
                            + (cause instanceof ArithmeticException ? ", and nothing is rounded" : "")));
            return null;
        }
    }

    /**
     * A partial update from a map, a row, a record or an object (whose null properties are absent).
     *
     * @return the fields set
     */
    static <T> List<FieldMeta> applyPartial(ModelMeta<T> meta, T model, Object partial) {
        if (partial instanceof Map<?, ?> || partial instanceof Row) {
            return apply(meta, model, entries(meta, partial), Purpose.UPDATE);
        }
        Map<String, Object> values = new LinkedHashMap<>(asMap(meta, partial));
        values.values().removeIf(java.util.Objects::isNull);
        return apply(meta, model, values, Purpose.UPDATE);
    }

    /** A model mapped out to a record (every component must be a field or relationship) or a plain object. */
    static <T, R> R to(ModelMeta<T> meta, T model, Class<R> type) {
        if (type == null) {
            throw new org.duoorm.InvalidArgumentException("type must not be null");
        }
        if (type.isRecord()) {
            RecordComponent[] rc = type.getRecordComponents();
            Object[] args = new Object[rc.length];
            Class<?>[] types = new Class<?>[rc.length];
            for (int i = 0; i < rc.length; i++) {
                types[i] = rc[i].getType();
                args[i] = value(meta, model, rc[i].getName(), rc[i].getType(), rc[i].getGenericType(), type);
            }
            return type.cast(read(() -> {
                var c = type.getDeclaredConstructor(types);
                c.setAccessible(true);
                return c.newInstance(args);
            }, type.getSimpleName()));
        }
        R out = type.cast(read(() -> {
            var c = type.getDeclaredConstructor();
            c.setAccessible(true);
            return c.newInstance();
        }, type.getSimpleName()));
        for (Class<?> k = type; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isFinal(f.getModifiers()) && has(meta, f.getName())) {
                    Object v = value(meta, model, f.getName(), f.getType(), f.getGenericType(), type);
                    read(() -> {
                        f.setAccessible(true);
                        f.set(out, v);
                        return null;
                    }, f.getName());
                }
            }
        }
        return out;
    }

    private static boolean has(ModelMeta<?> meta, String name) {
        return meta.fieldByName(name) != null || meta.relations.stream().anyMatch(r -> r.field().equals(name));
    }

    private static Object value(ModelMeta<?> meta, Object model, String name, Class<?> type, java.lang.reflect.Type generic,
            Class<?> into) {
        FieldMeta f = meta.fieldByName(name);
        if (f != null) {
            Object v = f.get(model);
            return v == null && type.isPrimitive() ? Types.zero(type) : v;
        }
        if (!has(meta, name)) {
            throw new MappingException(into.getSimpleName() + "." + name + " is neither a field nor a relationship of "
                    + meta.type.getSimpleName() + "; its fields are " + meta.fieldNames);
        }
        Object related = meta.relation(name).get(model);
        if (related == null) {
            return null;
        }
        if (related instanceof List<?> list && generic instanceof java.lang.reflect.ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> element && !element.isInstance(list.isEmpty() ? null : list.get(0))) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                out.add(nested(meta, item, element));
            }
            return out;
        }
        return type.isInstance(related) ? related : nested(meta, related, type);
    }

    @SuppressWarnings("unchecked")
    private static Object nested(ModelMeta<?> meta, Object related, Class<?> type) {
        BoundModel<Object> bound = (BoundModel<Object>) meta.models.get(related.getClass());
        if (bound == null) {
            throw new MappingException("Cannot map " + related.getClass().getSimpleName() + " to " + type.getSimpleName());
        }
        return to(bound.meta, related, type);
    }

    static <T> Map<String, Object> toMap(ModelMeta<T> meta, T model) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (FieldMeta f : meta.fields) {
            out.put(f.name, f.get(model));
        }
        return out;
    }
}
