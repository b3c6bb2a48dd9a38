package org.duoorm;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a database. On a producer of {@link DatabaseConfig} it defines that database; on an injection
 * point of {@link Database} it selects it; on a model class it assigns the model to it. Without it, the
 * default database is meant.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
public @interface DuoDatabase {
    /** The database name. */
    String value();

    /** For programmatic lookup: {@code CDI.current().select(Database.class, DuoDatabase.Literal.of("shop"))}. */
    final class Literal extends AnnotationLiteral<DuoDatabase> implements DuoDatabase {
        private static final long serialVersionUID = 1L;
        private final String value;

        private Literal(String value) {
            this.value = value;
        }

        /** @param name the database name, not null @return the qualifier */
        public static Literal of(String name) {
            return new Literal(Checks.notNull(name, "name"));
        }

        @Override
        public String value() {
            return value;
        }
    }
}
