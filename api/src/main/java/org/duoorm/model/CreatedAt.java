package org.duoorm.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field set to the current time when the model is inserted (unless already set), by
 * {@code save} and {@code create}, and by bulk inserts when hooks are asked for. The field is an
 * {@code Instant}, {@code OffsetDateTime} or {@code LocalDateTime}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface CreatedAt {
}
