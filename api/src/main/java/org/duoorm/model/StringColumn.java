package org.duoorm.model;

/**
 * A text column with pattern matching. In {@link #contains}, {@link #startsWith}, {@link #endsWith}
 * and their case-insensitive forms the value is literal: {@code %} and {@code _} match themselves.
 * The case-insensitive forms ignore case on every dialect. {@link #like} and {@link #ilike} take a
 * pattern in which {@code %} and {@code _} are wildcards.
 *
 * @param <M> the model
 */
public class StringColumn<M> extends ComparableColumn<M, String> {

    /** @param model not null @param field not null */
    public StringColumn(Class<M> model, String field) {
        super(model, field, String.class);
    }

    /** @param pattern a LIKE pattern, not null @return {@code column LIKE pattern} */
    public final Condition<M> like(String pattern) {
        return like(pattern, Condition.LikeKind.PATTERN, false);
    }

    /** @param pattern a LIKE pattern, not null @return the same, ignoring case */
    public final Condition<M> ilike(String pattern) {
        return like(pattern, Condition.LikeKind.PATTERN, true);
    }

    /** @param text literal text, not null @return the column contains it */
    public final Condition<M> contains(String text) {
        return like(text, Condition.LikeKind.CONTAINS, false);
    }

    /** @param text literal text, not null @return the column starts with it */
    public final Condition<M> startsWith(String text) {
        return like(text, Condition.LikeKind.STARTS_WITH, false);
    }

    /** @param text literal text, not null @return the column ends with it */
    public final Condition<M> endsWith(String text) {
        return like(text, Condition.LikeKind.ENDS_WITH, false);
    }

    /** @param text literal text, not null @return the column contains it, ignoring case */
    public final Condition<M> icontains(String text) {
        return like(text, Condition.LikeKind.CONTAINS, true);
    }

    /** @param text literal text, not null @return the column starts with it, ignoring case */
    public final Condition<M> istartsWith(String text) {
        return like(text, Condition.LikeKind.STARTS_WITH, true);
    }

    /** @param text literal text, not null @return the column ends with it, ignoring case */
    public final Condition<M> iendsWith(String text) {
        return like(text, Condition.LikeKind.ENDS_WITH, true);
    }

    private Condition<M> like(String value, Condition.LikeKind kind, boolean ignoreCase) {
        return new Condition.Like<>(this, Columns.notNull(value, "value"), kind, ignoreCase);
    }
}
