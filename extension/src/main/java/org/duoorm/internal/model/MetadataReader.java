package org.duoorm.internal.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.duoorm.MappingException;
import org.duoorm.model.Guarded;
import org.duoorm.model.Model;

/**
 * Reads a model class's mapping from its Jakarta Persistence annotations, once per database. Which annotations
 * and attributes are honoured at all is {@link AnnotationRules}' decision, checked first.
 */
final class MetadataReader {
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
    private static final MethodType SETTER = MethodType.methodType(void.class, Object.class, Object.class);

    private MetadataReader() {
    }

    /** @param type a concrete class, as registering checked */
    static <T> ModelMeta<T> read(Class<T> type, SqlDialect dialect) {
        AnnotationRules.check(type);
        MethodHandles.Lookup lookup = lookup(type);
        String table = tableName(type);
        String schema = schemaName(type, dialect);
        List<FieldMeta> fields = new ArrayList<>();
        for (Field f : mappedFields(type)) {
            fields.add(field(fields.size(), f, dialect, type, table, schema));
        }
        int ids = 0;
        int versions = 0;
        for (FieldMeta f : fields) {
            ids += f.id ? 1 : 0;
            versions += f.version ? 1 : 0;
        }
        if (ids != 1) {
            throw new MappingException(type.getName() + " must have exactly one @Id field, found " + ids
                    + (ids > 1 ? " (composite keys are not supported)" : ""));
        }
        if (versions > 1) {
            throw new MappingException(type.getName() + " has more than one @Version field");
        }
        FieldMeta[] columns = fields.toArray(FieldMeta[]::new);
        return new ModelMeta<>(type, table, TableMeta.read(type, table, columns), columns, constructor(type, lookup), dialect,
                relations(type, lookup), Callbacks.read(type));
    }

    /** {@code @Table(name)}, else {@code @Entity(name)}, else the class name in snake case. */
    static String tableName(Class<?> type) {
        Table t = type.getAnnotation(Table.class);
        if (t != null && !t.name().isEmpty()) {
            return t.name();
        }
        Entity e = type.getAnnotation(Entity.class);
        return e != null && !e.name().isEmpty() ? e.name() : snake(type.getSimpleName());
    }

    private static String schemaName(Class<?> type, SqlDialect dialect) {
        Table t = type.getAnnotation(Table.class);
        if (t != null && !t.schema().isEmpty() && dialect.dialect() == org.duoorm.Dialect.SQLITE) {
            throw new MappingException("@Table(schema = \"" + t.schema() + "\") on " + type.getName() + " needs a database "
                    + "with schemas; SQLite has none (it attaches database files): remove schema there");
        }
        return t == null ? "" : t.schema();
    }

    /** {@code firstName} to {@code first_name}, {@code URLValue} to {@code url_value}. */
    static String snake(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                char prev = name.charAt(i - 1);
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (Character.isLowerCase(prev) || Character.isDigit(prev) || Character.isUpperCase(prev) && nextLower) {
                    out.append('_');
                }
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static List<Field> mappedFields(Class<?> type) {
        Deque<Class<?>> chain = new ArrayDeque<>();
        for (Class<?> c = type; c != null && c != Object.class && c != Model.class; c = c.getSuperclass()) {
            chain.push(c);
        }
        List<Field> out = new ArrayList<>();
        for (Class<?> c : chain) {
            for (Field f : c.getDeclaredFields()) {
                if (isMapped(f)) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static List<RelationMeta> relations(Class<?> type, MethodHandles.Lookup lookup) {
        List<RelationMeta> out = new ArrayList<>();
        for (Field f : allFields(type)) {
            RelationMeta r = relation(f, lookup);
            if (r != null) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    private static List<Field> allFields(Class<?> type) {
        Deque<Class<?>> chain = new ArrayDeque<>();
        for (Class<?> c = type; c != null && c != Object.class && c != Model.class; c = c.getSuperclass()) {
            chain.push(c);
        }
        List<Field> out = new ArrayList<>();
        for (Class<?> c : chain) {
            out.addAll(List.of(c.getDeclaredFields()));
        }
        return out;
    }

    private static RelationMeta relation(Field f, MethodHandles.Lookup lookup) {
        ManyToOne m2o = f.getAnnotation(ManyToOne.class);
        OneToOne o2o = f.getAnnotation(OneToOne.class);
        OneToMany o2m = f.getAnnotation(OneToMany.class);
        if (m2o == null && o2o == null && o2m == null) {
            return null;
        }
        jakarta.persistence.JoinColumn join = f.getAnnotation(jakarta.persistence.JoinColumn.class);
        String where = f.getDeclaringClass().getName() + "." + f.getName();
        String mappedBy = o2o != null ? o2o.mappedBy() : o2m != null ? o2m.mappedBy() : "";
        if (join != null && !mappedBy.isEmpty()) {
            throw new MappingException("@JoinColumn on " + where + " is not honoured with mappedBy = \"" + mappedBy + "\": "
                    + "the owning side (" + mappedBy + ") names the foreign key column; remove one of them");
        }
        String fk = join != null && !join.name().isEmpty() ? join.name() : snake(f.getName()) + "_id";
        String referenced = join == null ? "" : join.referencedColumnName();
        String orderBy = orderBy(f, o2m != null);
        CascadeType[] cascade = m2o != null ? m2o.cascade() : o2o != null ? o2o.cascade() : o2m.cascade();
        cascades(cascade, where);
        boolean persist = has(cascade, CascadeType.PERSIST) || has(cascade, CascadeType.MERGE);
        boolean remove = has(cascade, CascadeType.REMOVE) || o2m != null && o2m.orphanRemoval() || o2o != null && o2o.orphanRemoval();
        MethodHandle get = getter(lookup, f);
        MethodHandle set = setter(lookup, f);
        if (m2o != null) {
            return new RelationMeta(f.getName(), RelationMeta.Kind.MANY_TO_ONE, f.getType(), fk, "", persist, remove, orderBy,
                    referenced, get, set);
        }
        if (o2o != null) {
            boolean owning = o2o.mappedBy().isEmpty();
            return new RelationMeta(f.getName(), RelationMeta.Kind.ONE_TO_ONE, f.getType(), owning ? fk : null, o2o.mappedBy(),
                    persist, remove, orderBy, referenced, get, set);
        }
        return new RelationMeta(f.getName(), RelationMeta.Kind.ONE_TO_MANY, elementType(f), join != null ? fk : null,
                o2m.mappedBy(), persist, remove, orderBy, referenced, get, set);
    }

    /** {@code @OrderBy}'s text, checked against the related model when the relationship is resolved ({@link Link}). */
    private static String orderBy(Field f, boolean collection) {
        OrderBy o = f.getAnnotation(OrderBy.class);
        if (o != null && !collection) {
            throw new MappingException("@OrderBy on " + f.getDeclaringClass().getName() + "." + f.getName() + " orders the "
                    + "elements of a @OneToMany collection; remove it from a to-one relationship");
        }
        return o == null ? null : o.value();
    }

    /** DuoORM cascades saves (PERSIST, MERGE) and deletes (REMOVE); ALL stands for those. */
    private static void cascades(CascadeType[] types, String where) {
        for (CascadeType t : types) {
            if (t == CascadeType.DETACH || t == CascadeType.REFRESH) {
                throw new MappingException("cascade = " + t + " on " + where + " is not supported by DuoORM: it cascades "
                        + "PERSIST and MERGE (saves) and REMOVE (deletes), which ALL stands for; refresh or forget the "
                        + "related models yourself");
            }
        }
    }

    private static boolean has(CascadeType[] types, CascadeType wanted) {
        for (CascadeType t : types) {
            if (t == wanted || t == CascadeType.ALL) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> elementType(Field f) {
        if (f.getGenericType() instanceof java.lang.reflect.ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return Object.class;
    }

    private static boolean isMapped(Field f) {
        int m = f.getModifiers();
        // Relationship fields are left to the relationship metadata (foreign keys), not mapped as columns.
        return !Modifier.isStatic(m) && !Modifier.isTransient(m) && !f.isSynthetic() && !f.isAnnotationPresent(Transient.class)
                && !f.isAnnotationPresent(ManyToOne.class) && !f.isAnnotationPresent(OneToMany.class)
                && !f.isAnnotationPresent(OneToOne.class);
    }

    private static FieldMeta field(int index, Field f, SqlDialect dialect, Class<?> model, String table, String schema) {
        Class<?> boxed = Types.boxed(f.getType());
        String where = f.getDeclaringClass().getName() + "." + f.getName();
        Converters.Converted converted = Converters.read(f, boxed,
                f.isAnnotationPresent(Id.class) || f.isAnnotationPresent(Version.class));
        Class<?> stored = converted == null ? boxed : converted.stored();
        if (!Codec.supports(stored)) {
            throw new MappingException("Field " + where + " has type " + f.getType().getName() + ", which DuoORM cannot "
                    + "map; mark it @Transient, use a supported type, or convert it with @Convert(converter = ...)");
        }
        if (Modifier.isFinal(f.getModifiers())) {
            throw new MappingException("Field " + where + " is final; mapped fields must be assignable (or mark it @Transient)");
        }
        FieldMeta.Details details = ColumnDetails.read(f, stored, converted != null);
        if (details.json() && stored != String.class && stored != java.util.Map.class && stored != java.util.List.class) {
            throw new MappingException("@Json on " + where + " needs a Map, List or String field");
        }
        if (stored.isArray() && stored != byte[].class && dialect.dialect() != org.duoorm.Dialect.POSTGRESQL) {
            throw new MappingException("Field " + where + " is an array; array columns need PostgreSQL, not "
                    + dialect.dialect() + " (store it as JSON with a List and @Json instead)");
        }
        if (stored.isArray() && stored != byte[].class) {
            try {
                SqlDialect.declaredArrayType(details.columnDefinition());
            } catch (MappingException e) {
                throw new MappingException("Field " + where + ": " + e.getMessage());
            }
        }
        int flags = flags(f, boxed, where);
        FieldMeta.Sequence sequence = (flags & FieldMeta.GENERATED) == 0 ? null
                : KeyGeneration.read(f, boxed, model, table, schema, dialect);
        Codec codec = Codec.of(stored, details, dialect);
        String column = columnName(f);
        return new FieldMeta(index, f.getName(), column, dialect.quote(column), f.getType(),
                converted == null ? codec : new Codec.Converting(boxed, converted.converter(), codec), details, flags,
                accessible(f), dialect.placeholder(stored, details), sequence);
    }

    private static int flags(Field f, Class<?> boxed, String where) {
        int flags = 0;
        if (f.isAnnotationPresent(Id.class)) {
            flags |= FieldMeta.ID;
        }
        if (f.isAnnotationPresent(GeneratedValue.class)) {
            if ((flags & FieldMeta.ID) == 0) {
                throw new MappingException("@GeneratedValue on " + where + " needs @Id");
            }
            if (boxed != Long.class && boxed != Integer.class && boxed != java.util.UUID.class) {
                throw new MappingException("@GeneratedValue on " + where + " needs a Long, Integer or UUID field");
            }
            flags |= FieldMeta.GENERATED;
        }
        if (f.isAnnotationPresent(Version.class)) {
            if (boxed != Long.class && boxed != Integer.class && boxed != Short.class) {
                throw new MappingException("@Version on " + where + " needs an int, long or short field");
            }
            flags |= FieldMeta.VERSION;
        }
        if (f.isAnnotationPresent(Guarded.class)) {
            flags |= FieldMeta.GUARDED;
        }
        boolean created = f.isAnnotationPresent(org.duoorm.model.CreatedAt.class);
        if (created || f.isAnnotationPresent(org.duoorm.model.UpdatedAt.class)) {
            if (boxed != java.time.Instant.class && boxed != java.time.OffsetDateTime.class && boxed != java.time.LocalDateTime.class) {
                throw new MappingException((created ? "@CreatedAt" : "@UpdatedAt") + " on " + where
                        + " needs an Instant, OffsetDateTime or LocalDateTime field");
            }
            flags |= created ? FieldMeta.CREATED_AT : FieldMeta.UPDATED_AT;
        }
        return flags;
    }

    private static String columnName(Field f) {
        Column c = f.getAnnotation(Column.class);
        return c != null && !c.name().isEmpty() ? c.name() : snake(f.getName());
    }

    private static MethodHandles.Lookup lookup(Class<?> type) {
        try {
            return MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        } catch (IllegalAccessException e) {
            throw new MappingException("Cannot access " + type.getName() + "; open its package to DuoORM", e);
        }
    }

    private static Field accessible(Field f) {
        try {
            f.setAccessible(true);
            return f;
        } catch (RuntimeException e) {
            throw new MappingException("Cannot access field " + f + "; open its package to DuoORM", e);
        }
    }

    private static MethodHandle getter(MethodHandles.Lookup lookup, Field f) {
        try {
            return lookup.unreflectGetter(f).asType(GETTER);
        } catch (IllegalAccessException e) {
            throw new MappingException("Cannot read field " + f, e);
        }
    }

    private static MethodHandle setter(MethodHandles.Lookup lookup, Field f) {
        try {
            return lookup.unreflectSetter(f).asType(SETTER);
        } catch (IllegalAccessException e) {
            throw new MappingException("Cannot write field " + f, e);
        }
    }

    private static MethodHandle constructor(Class<?> type, MethodHandles.Lookup lookup) {
        try {
            return lookup.findConstructor(type, MethodType.methodType(void.class)).asType(MethodType.methodType(Object.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new MappingException(type.getName() + " needs a constructor without parameters (any visibility)", e);
        }
    }
}
