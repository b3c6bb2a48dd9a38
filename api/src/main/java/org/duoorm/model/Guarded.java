package org.duoorm.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that mass assignment ({@code update(Map)}, {@code updateBulk(Map)}) may not set, like
 * the primary key. It can still be set in Java and saved.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Guarded {
}
