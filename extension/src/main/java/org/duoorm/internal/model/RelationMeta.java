package org.duoorm.internal.model;

import java.lang.invoke.MethodHandle;
import org.duoorm.MappingException;

/**
 * A relationship field of a model, read with the rest of the metadata. Relationship fields are not
 * columns: the owning side's foreign key column is {@link #joinColumn}, held by a scalar field of the
 * model that maps that column ({@code authorId} for {@code author_id}); see {@link Link} for the
 * relationship resolved against the other model.
 *
 * @param field the Java field name
 * @param kind the JPA relationship kind
 * @param target the related model class (the element type for collections)
 * @param joinColumn the foreign key column: on the owning side the model's own ({@code @JoinColumn} or
 *     {@code field_id}); on a one-to-many with {@code @JoinColumn}, the target's; otherwise null
 * @param mappedBy the owning field on the other side, or empty
 * @param cascadePersist whether saving the model saves new related models
 * @param cascadeRemove whether deleting the model deletes the related models first
 * @param orderBy a collection's {@code @OrderBy} text (empty: by the related primary key), or null without one
 * @param referencedColumn {@code @JoinColumn(referencedColumnName)}, or empty; it may only name the related primary key
 * @param getter reads the field ({@code (Object) -> Object})
 * @param setter writes the field ({@code (Object, Object) -> void})
 */
record RelationMeta(String field, Kind kind, Class<?> target, String joinColumn, String mappedBy, boolean cascadePersist,
        boolean cascadeRemove, String orderBy, String referencedColumn, MethodHandle getter, MethodHandle setter) {
    /** The kinds; {@code @ManyToMany} is refused when the mapping is read, so MANY_TO_MANY is never built yet. */
    enum Kind { MANY_TO_ONE, ONE_TO_MANY, ONE_TO_ONE, MANY_TO_MANY }

    /** Whether the foreign key is a column of this model. */
    boolean owning() {
        return kind == Kind.MANY_TO_ONE || kind == Kind.ONE_TO_ONE && mappedBy.isEmpty();
    }

    boolean toMany() {
        return kind == Kind.ONE_TO_MANY || kind == Kind.MANY_TO_MANY;
    }

    Object get(Object model) {
        try {
            return (Object) getter.invokeExact(model);
        } catch (Throwable e) {
            throw new MappingException("Cannot read relationship " + field + " of " + model.getClass().getName(), e);
        }
    }

    void set(Object model, Object value) {
        try {
            setter.invokeExact(model, value);
        } catch (Throwable e) {
            throw new MappingException("Cannot set relationship " + field + " of " + model.getClass().getName(), e);
        }
    }
}
