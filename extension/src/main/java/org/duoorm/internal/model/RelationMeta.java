package org.duoorm.internal.model;

/**
 * A relationship field of a model, read with the rest of the metadata so that foreign keys and
 * eager loading can build on it. Relationship fields are not columns: the owning side's foreign key
 * column is {@link #joinColumn}.
 *
 * @param field the Java field name
 * @param kind the JPA relationship kind
 * @param target the related model class (the element type for collections)
 * @param joinColumn the foreign key column on the owning side ({@code @JoinColumn} or {@code field_id}); null on the inverse side
 * @param mappedBy the owning field on the other side, or empty
 */
record RelationMeta(String field, Kind kind, Class<?> target, String joinColumn, String mappedBy) {
    enum Kind { MANY_TO_ONE, ONE_TO_MANY, ONE_TO_ONE, MANY_TO_MANY }
}
