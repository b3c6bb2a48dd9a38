package org.duoorm.model;

/**
 * {@code column = value} in a bulk update: {@code User_.age.set(User_.age.plus(1))}.
 *
 * @param column not null
 * @param value not null (a {@link Expression.Value} holding null sets NULL)
 * @param <M> the model
 */
public record Assignment<M>(Column<M, ?> column, Expression<M, ?> value) {
}
