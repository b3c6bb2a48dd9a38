package org.duoorm.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a field as JSON: {@code JSONB} on PostgreSQL, {@code JSON} on H2, MariaDB and MySQL. Fields of
 * type {@link java.util.Map} or {@link java.util.List} are JSON without it; on a {@code String} field it
 * keeps the JSON text as it is. Values map to {@code Map}, {@code List}, {@code String}, numbers,
 * booleans and null.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Json {
}
