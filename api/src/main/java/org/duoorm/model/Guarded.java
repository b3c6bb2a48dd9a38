package org.duoorm.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that mass assignment may not set: no payload (a {@code Map}, record, object or {@code Row}) of
 * {@code create}, {@code createBulk}, {@code createBulkReturning}, {@code update} or {@code updateBulk} sets it; such a
 * payload is refused whole with a {@link org.duoorm.ValidationException}. It can still be set in Java and saved.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Guarded {
}
