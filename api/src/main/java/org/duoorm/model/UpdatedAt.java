package org.duoorm.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field set to the current time whenever the model is inserted or updated by {@code save},
 * {@code create} and {@code update}, and by bulk inserts and {@code updateBulk} when hooks are asked
 * for. The field is an {@code Instant}, {@code OffsetDateTime} or {@code LocalDateTime}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface UpdatedAt {
}
