package org.duoorm.internal.model;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.SequenceGenerator;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.util.UUID;
import org.duoorm.MappingException;
import org.duoorm.model.Model;

/**
 * How a key is generated, from {@code @GeneratedValue}: IDENTITY and AUTO by an identity column (a random UUID for
 * a UUID key), UUID by a random UUID, SEQUENCE from a database sequence named by a {@code @SequenceGenerator} on
 * the field or a class of the model's hierarchy. TABLE is refused.
 */
final class KeyGeneration {
    /** The default of {@code @SequenceGenerator(allocationSize)}, used too when no generator is named. */
    static final int DEFAULT_ALLOCATION = 50;

    private KeyGeneration() {
    }

    /**
     * Checks {@code @GeneratedValue} on a key field.
     *
     * @return the sequence of a SEQUENCE key, null for any other
     */
    static FieldMeta.Sequence read(Field f, Class<?> boxed, Class<?> model, String table, String schema, SqlDialect dialect) {
        GeneratedValue g = f.getAnnotation(GeneratedValue.class);
        String where = f.getDeclaringClass().getName() + "." + f.getName();
        GenerationType strategy = g.strategy();
        if (strategy == GenerationType.TABLE) {
            throw new MappingException("@GeneratedValue(strategy = TABLE) on " + where + " is not supported by DuoORM: use "
                    + "SEQUENCE (with a @SequenceGenerator) or IDENTITY");
        }
        if (strategy == GenerationType.UUID && boxed != UUID.class) {
            throw new MappingException("@GeneratedValue(strategy = UUID) on " + where + " needs a java.util.UUID field");
        }
        if (strategy != GenerationType.SEQUENCE) {
            if (!g.generator().isEmpty()) {
                throw new MappingException("@GeneratedValue(generator = \"" + g.generator() + "\") on " + where + " is only "
                        + "honoured with strategy = SEQUENCE (a @SequenceGenerator); remove generator or use SEQUENCE");
            }
            return null;
        }
        if (boxed != Long.class && boxed != Integer.class) {
            throw new MappingException("@GeneratedValue(strategy = SEQUENCE) on " + where + " needs a Long or Integer field");
        }
        if (!dialect.hasSequences()) {
            throw new MappingException("@GeneratedValue(strategy = SEQUENCE) on " + where + " needs a database with "
                    + "sequences (PostgreSQL, H2, MariaDB), not " + dialect.dialect() + "; use IDENTITY there");
        }
        if (g.generator().isEmpty()) {
            return sequence(schema, table + "_seq", 1, DEFAULT_ALLOCATION, dialect);
        }
        SequenceGenerator s = generator(f, model, g.generator());
        if (s == null) {
            throw new MappingException("@GeneratedValue(generator = \"" + g.generator() + "\") on " + where + " names no "
                    + "@SequenceGenerator(name = \"" + g.generator() + "\") of the field or of " + model.getSimpleName()
                    + " and its superclasses; declare it there");
        }
        if (s.allocationSize() < 1) {
            throw new MappingException("@SequenceGenerator(name = \"" + s.name() + "\") for " + where + " needs an "
                    + "allocationSize of at least 1, not " + s.allocationSize());
        }
        return sequence(s.schema().isEmpty() ? schema : s.schema(), s.sequenceName().isEmpty() ? s.name() : s.sequenceName(),
                s.initialValue(), s.allocationSize(), dialect);
    }

    private static FieldMeta.Sequence sequence(String schema, String name, long initialValue, int allocationSize, SqlDialect dialect) {
        return new FieldMeta.Sequence(schema, dialect.quote(schema, name), initialValue, allocationSize);
    }

    /** The generator of that name on the field, else on the model's classes from the model up. */
    private static SequenceGenerator generator(Field f, Class<?> model, String name) {
        SequenceGenerator found = named(f, name);
        for (Class<?> c = model; found == null && c != null && c != Object.class && c != Model.class; c = c.getSuperclass()) {
            found = named(c, name);
        }
        return found;
    }

    private static SequenceGenerator named(AnnotatedElement element, String name) {
        for (SequenceGenerator s : element.getAnnotationsByType(SequenceGenerator.class)) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }
}
