package org.duoorm.internal.model;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.duoorm.MappingException;
import org.duoorm.model.Model;

/**
 * The whitelist of Jakarta Persistence annotations: which ones DuoORM honours, where, and which of their
 * attributes. Every other annotation, an honoured one in a place where it would do nothing, and an attribute
 * that is not honoured but differs from its default are refused by name with what to do instead, so that
 * nothing a model declares is silently ignored. The readers then apply what passed.
 */
final class AnnotationRules {
    /** Where an annotation stands. */
    enum Place { MODEL, SUPERCLASS, COLUMN, RELATION, UNMAPPED, METHOD, NESTED }

    /** An honoured annotation: the places it may stand and its honoured attributes (the others keep their defaults). */
    private record Rule(Set<Place> places, Set<String> attributes) {
    }

    private static final String JAKARTA = "jakarta.persistence.";
    private static final String JAVAX = "javax.persistence.";
    private static final Map<String, Rule> HONOURED = new HashMap<>();
    private static final Map<String, String> REFUSED = new HashMap<>();
    private static final Map<String, String> ATTRIBUTES = new HashMap<>();
    private static final ClassValue<Method[]> ATTRIBUTE_METHODS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            return type.getDeclaredMethods();
        }
    };

    static {
        honour("Entity", Set.of(Place.MODEL), "name");
        honour("Table", Set.of(Place.MODEL), "name", "schema", "uniqueConstraints", "indexes");
        honour("UniqueConstraint", Set.of(Place.NESTED), "name", "columnNames");
        honour("Index", Set.of(Place.NESTED), "name", "columnList", "unique");
        honour("MappedSuperclass", Set.of(Place.MODEL, Place.SUPERCLASS));
        honour("Access", Set.of(Place.MODEL, Place.SUPERCLASS, Place.COLUMN, Place.RELATION), "value");
        honour("ExcludeDefaultListeners", Set.of(Place.MODEL, Place.SUPERCLASS));
        honour("ExcludeSuperclassListeners", Set.of(Place.MODEL, Place.SUPERCLASS));
        honour("SequenceGenerator", Set.of(Place.MODEL, Place.SUPERCLASS, Place.COLUMN, Place.NESTED), "name", "sequenceName",
                "schema", "initialValue", "allocationSize");
        honour("SequenceGenerators", Set.of(Place.MODEL, Place.SUPERCLASS, Place.COLUMN), "value");
        honour("Id", Set.of(Place.COLUMN));
        honour("GeneratedValue", Set.of(Place.COLUMN), "strategy", "generator");
        honour("Version", Set.of(Place.COLUMN));
        honour("Column", Set.of(Place.COLUMN), "name", "unique", "nullable", "insertable", "updatable", "columnDefinition",
                "length", "precision", "scale");
        honour("Basic", Set.of(Place.COLUMN), "optional");
        honour("Enumerated", Set.of(Place.COLUMN), "value");
        honour("Lob", Set.of(Place.COLUMN));
        honour("Convert", Set.of(Place.COLUMN), "converter");
        honour("ManyToOne", Set.of(Place.RELATION), "cascade", "fetch");
        honour("OneToOne", Set.of(Place.RELATION), "cascade", "fetch", "mappedBy", "orphanRemoval");
        honour("OneToMany", Set.of(Place.RELATION), "cascade", "mappedBy", "orphanRemoval");
        honour("JoinColumn", Set.of(Place.RELATION), "name", "referencedColumnName");
        honour("OrderBy", Set.of(Place.RELATION), "value");
        honour("Transient", Set.of(Place.UNMAPPED, Place.METHOD));
        honour("PrePersist", Set.of(Place.METHOD));
        honour("PreUpdate", Set.of(Place.METHOD));

        String callbacks = "DuoORM runs @PrePersist and @PreUpdate methods of the model and its Validated.validate() "
                + "before writes; run other code around the call instead";
        for (String name : List.of("PostLoad", "PostPersist", "PostUpdate", "PreRemove", "PostRemove")) {
            REFUSED.put(name, callbacks);
        }
        REFUSED.put("EntityListeners", "put @PrePersist/@PreUpdate methods on the model itself, or implement Validated");
        String oneTable = "DuoORM maps a model to one table; give the class @MappedSuperclass to share fields, which "
                + "become columns of each model's table";
        for (String name : List.of("Inheritance", "DiscriminatorColumn", "DiscriminatorValue", "PrimaryKeyJoinColumn",
                "PrimaryKeyJoinColumns")) {
            REFUSED.put(name, oneTable);
        }
        REFUSED.put("SecondaryTable", "DuoORM maps a model to one table; map the other table as a model of its own");
        REFUSED.put("SecondaryTables", REFUSED.get("SecondaryTable"));
        String oneKey = "DuoORM maps one @Id per model (composite keys are not supported); use a single key field and a "
                + "unique constraint (@Table(uniqueConstraints = ...)) over the other columns";
        for (String name : List.of("IdClass", "EmbeddedId", "MapsId")) {
            REFUSED.put(name, oneKey);
        }
        String embedded = "map the embedded fields as columns of the model, or keep the value in a JSON column (@Json)";
        for (String name : List.of("Embedded", "Embeddable", "AttributeOverride", "AttributeOverrides", "AssociationOverride",
                "AssociationOverrides")) {
            REFUSED.put(name, embedded);
        }
        String joinTable = "map the join table as a model with two @ManyToOne relationships";
        REFUSED.put("ManyToMany", joinTable);
        REFUSED.put("JoinTable", joinTable);
        REFUSED.put("JoinColumns", "DuoORM joins on one column: use one @JoinColumn");
        String collection = "use a List field (a JSON column, see @Json) or a @OneToMany to a model";
        REFUSED.put("ElementCollection", collection);
        REFUSED.put("CollectionTable", collection);
        for (String name : List.of("MapKey", "MapKeyClass", "MapKeyColumn", "MapKeyEnumerated", "MapKeyJoinColumn",
                "MapKeyJoinColumns", "MapKeyTemporal")) {
            REFUSED.put(name, "a Map field is a JSON column; map a keyed collection as a @OneToMany List");
        }
        REFUSED.put("OrderColumn", "order a @OneToMany collection with @OrderBy(\"field ASC, ...\")");
        REFUSED.put("Temporal", "use java.time types (LocalDate, LocalTime, LocalDateTime, Instant, OffsetDateTime)");
        REFUSED.put("TableGenerator", "use @GeneratedValue(strategy = SEQUENCE) with a @SequenceGenerator, or IDENTITY");
        REFUSED.put("TableGenerators", REFUSED.get("TableGenerator"));
        REFUSED.put("Cacheable", "DuoORM has no second-level cache; remove it");
        REFUSED.put("Converts", "put one @Convert on each field it converts");
        REFUSED.put("Converter", "a model is not a converter");
        String injection = "DuoORM has no EntityManager or persistence unit: inject the Database, or use Models";
        for (String name : List.of("PersistenceContext", "PersistenceContexts", "PersistenceUnit", "PersistenceUnits",
                "PersistenceProperty")) {
            REFUSED.put(name, injection);
        }
        String queries = "use the query API (Model_.where(...)) or raw SQL (Model_.sql(...))";
        for (String name : List.of("NamedQuery", "NamedQueries", "NamedNativeQuery", "NamedNativeQueries",
                "NamedStoredProcedureQuery", "NamedStoredProcedureQueries", "SqlResultSetMapping", "SqlResultSetMappings",
                "NamedEntityGraph", "NamedEntityGraphs")) {
            REFUSED.put(name, queries);
        }

        ATTRIBUTES.put("Table.catalog", "name the schema with @Table(schema = ...)");
        ATTRIBUTES.put("SequenceGenerator.catalog", "name the schema with @SequenceGenerator(schema = ...)");
        ATTRIBUTES.put("Column.table", "DuoORM maps a model to one table (no secondary tables)");
        ATTRIBUTES.put("Convert.attributeName", "put @Convert on the field it converts");
        ATTRIBUTES.put("Convert.disableConversion", "remove @Convert to store the field as it is");
        ATTRIBUTES.put("Basic.fetch", "DuoORM loads every column of a row; keep large values in a model of their own");
        ATTRIBUTES.put("ManyToOne.optional", "put @Column(nullable = false) on the foreign key field ({fk})");
        ATTRIBUTES.put("OneToOne.optional", ATTRIBUTES.get("ManyToOne.optional"));
        String target = "declare the field with the related model's type (the model class, or List<Model> for a collection)";
        for (String kind : List.of("ManyToOne", "OneToOne", "OneToMany")) {
            ATTRIBUTES.put(kind + ".targetEntity", target);
        }
        ATTRIBUTES.put("OneToMany.fetch", "DuoORM loads a relationship only when a query asks for it: query().related(\"{field}\")");
        for (String column : List.of("unique", "nullable", "insertable", "updatable", "columnDefinition", "table")) {
            ATTRIBUTES.put("JoinColumn." + column, "put @Column({attribute}) on the foreign key field ({fk}) instead");
        }
        ATTRIBUTES.put("JoinColumn.foreignKey", "Models.schema(db) always creates the foreign key constraint; remove foreignKey");
    }

    private AnnotationRules() {
    }

    private static void honour(String name, Set<Place> places, String... attributes) {
        HONOURED.put(name, new Rule(places, Set.of(attributes)));
    }

    /** Whether DuoORM honours the annotation (somewhere), for the documentation's table. */
    static boolean honoured(Class<? extends Annotation> type) {
        return HONOURED.containsKey(type.getSimpleName()) && type.getName().startsWith(JAKARTA);
    }

    /**
     * Checks every Jakarta Persistence annotation of a model: on the class and its superclasses up to
     * {@link Model}, their fields and their methods.
     *
     * @throws MappingException for the first one that DuoORM would not honour
     */
    static void check(Class<?> model) {
        for (Class<?> c = model; c != null && c != Object.class && c != Model.class; c = c.getSuperclass()) {
            String of = c == model ? "" : " (inherited by " + model.getSimpleName() + ")";
            check(c, c == model ? Place.MODEL : Place.SUPERCLASS, c.getName() + of, "", "");
            for (Field f : c.getDeclaredFields()) {
                if (!f.isSynthetic()) {
                    check(f, place(f), c.getName() + "." + f.getName() + of, f.getName(), foreignKeyField(f));
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                if (!m.isSynthetic() && !m.isBridge()) {
                    check(m, Place.METHOD, c.getName() + "." + m.getName() + "()" + of, m.getName(), "");
                }
            }
        }
    }

    private static Place place(Field f) {
        if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())
                || f.isAnnotationPresent(jakarta.persistence.Transient.class)) {
            return Place.UNMAPPED;
        }
        for (Annotation a : f.getDeclaredAnnotations()) {
            String name = a.annotationType().getName();
            if (name.equals(JAKARTA + "ManyToOne") || name.equals(JAKARTA + "OneToOne") || name.equals(JAKARTA + "OneToMany")
                    || name.equals(JAKARTA + "ManyToMany")) {
                return Place.RELATION;
            }
        }
        return Place.COLUMN;
    }

    /** The field that maps a to-one relationship's foreign key, for the messages that point there. */
    private static String foreignKeyField(Field f) {
        jakarta.persistence.JoinColumn join = f.getAnnotation(jakarta.persistence.JoinColumn.class);
        String column = join != null && !join.name().isEmpty() ? join.name() : MetadataReader.snake(f.getName()) + "_id";
        return Link.camel(column);
    }

    private static void check(AnnotatedElement element, Place place, String where, String field, String fk) {
        for (Annotation a : element.getDeclaredAnnotations()) {
            String type = a.annotationType().getName();
            if (type.startsWith(JAVAX)) {
                throw new MappingException("@" + type + " on " + where + " is not read: DuoORM reads the Jakarta "
                        + "Persistence annotations; import " + JAKARTA + a.annotationType().getSimpleName() + " instead");
            }
            if (type.startsWith(JAKARTA)) {
                check(a, place, where, field, fk);
            }
        }
    }

    /** @throws MappingException when the annotation is not honoured at that place, or an attribute not at all */
    static void check(Annotation a, Place place, String where, String field, String fk) {
        String name = a.annotationType().getSimpleName();
        Rule rule = HONOURED.get(name);
        if (rule == null) {
            throw new MappingException("@" + name + " on " + where + " is not supported by DuoORM: "
                    + REFUSED.getOrDefault(name, "remove it"));
        }
        if (!rule.places().contains(place)) {
            throw new MappingException("@" + name + " on " + where + " is not honoured there: " + misplaced(place, rule));
        }
        for (Method attribute : ATTRIBUTE_METHODS.get(a.annotationType())) {
            Object value = value(a, attribute);
            if (!rule.attributes().contains(attribute.getName())) {
                if (!Objects.deepEquals(value, attribute.getDefaultValue())) {
                    throw refused(a, attribute.getName(), value, where, field, fk);
                }
            } else {
                nested(value, where, field, fk);
            }
        }
        if (a instanceof jakarta.persistence.Access access && access.value() == jakarta.persistence.AccessType.PROPERTY) {
            throw new MappingException("@Access(value = PROPERTY) on " + where + " is not supported by DuoORM: it reads "
                    + "and writes fields, not properties; remove it or use AccessType.FIELD");
        }
    }

    /** Annotations inside an honoured attribute (indexes of a table, generators of a container) follow the same rules. */
    private static void nested(Object value, String where, String field, String fk) {
        if (value instanceof Annotation inner) {
            check(inner, Place.NESTED, where, field, fk);
        } else if (value instanceof Annotation[] inners) {
            for (Annotation inner : inners) {
                check(inner, Place.NESTED, where, field, fk);
            }
        }
    }

    private static MappingException refused(Annotation a, String attribute, Object value, String where, String field, String fk) {
        String name = a.annotationType().getSimpleName();
        String given = attribute + " = " + text(value);
        String alternative = ATTRIBUTES.getOrDefault(name + "." + attribute,
                "DuoORM does not honour " + attribute + "; leave it at its default");
        return new MappingException("@" + name + "(" + given + ") on " + where + " is not supported by DuoORM: "
                + alternative.replace("{attribute}", given).replace("{field}", field).replace("{fk}", fk));
    }

    private static String misplaced(Place place, Rule rule) {
        return switch (place) {
            case SUPERCLASS -> "a superclass of a model is a @MappedSuperclass, whose fields are columns of each model's "
                    + "table; the model class itself carries @Table or @Entity";
            case RELATION -> "a relationship field is not a column; put column annotations on the foreign key field";
            case UNMAPPED -> "the field is not stored (@Transient, transient or static); remove the annotation or map the field";
            case METHOD -> "DuoORM maps fields, not properties; annotate the field";
            default -> "DuoORM honours it on " + places(rule);
        };
    }

    private static String places(Rule rule) {
        List<String> out = new ArrayList<>();
        for (Place p : Place.values()) {
            if (rule.places().contains(p)) {
                out.add(switch (p) {
                    case MODEL -> "the model class";
                    case SUPERCLASS -> "a @MappedSuperclass";
                    case COLUMN -> "a mapped field";
                    case RELATION -> "a relationship field";
                    case UNMAPPED -> "a @Transient field";
                    case METHOD -> "a method";
                    case NESTED -> "inside another annotation";
                });
            }
        }
        return String.join(", ", out);
    }

    private static Object value(Annotation a, Method attribute) {
        try {
            return attribute.invoke(a);
        } catch (ReflectiveOperationException e) {
            throw new MappingException("Cannot read @" + a.annotationType().getSimpleName() + "." + attribute.getName(), e);
        }
    }

    /** An attribute value as one writes it in the annotation. */
    static String text(Object value) {
        if (value instanceof String s) {
            return "\"" + s + "\"";
        } else if (value instanceof Class<?> c) {
            return c.getSimpleName() + ".class";
        } else if (value instanceof Annotation a) {
            return "@" + a.annotationType().getSimpleName() + "(...)";
        } else if (value instanceof Object[] array) {
            List<String> items = new ArrayList<>();
            for (Object item : array) {
                items.add(text(item));
            }
            return "{" + String.join(", ", items) + "}";
        }
        return String.valueOf(value);
    }
}
