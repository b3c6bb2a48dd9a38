package org.duoorm.model;

/**
 * A numeric column, which also builds arithmetic for bulk updates: {@code User_.age.set(User_.age.plus(1))}.
 *
 * @param <M> the model
 * @param <V> the field's type
 */
public class NumberColumn<M, V extends Number & Comparable<? super V>> extends ComparableColumn<M, V> {

    /** @param model not null @param field not null @param type not null */
    public NumberColumn(Class<M> model, String field, Class<V> type) {
        super(model, field, type);
    }

    /** @param value not null @return {@code column + value} */
    public final Expression<M, V> plus(V value) {
        return arithmetic(Expression.Operator.PLUS, value);
    }

    /** @param value not null @return {@code column - value} */
    public final Expression<M, V> minus(V value) {
        return arithmetic(Expression.Operator.MINUS, value);
    }

    /** @param value not null @return {@code column * value} */
    public final Expression<M, V> times(V value) {
        return arithmetic(Expression.Operator.TIMES, value);
    }

    /** @param value not null, not zero @return {@code column / value} */
    public final Expression<M, V> dividedBy(V value) {
        return arithmetic(Expression.Operator.DIVIDED_BY, value);
    }

    private Expression<M, V> arithmetic(Expression.Operator op, V value) {
        return new Expression.Arithmetic<>(this, op, new Expression.Value<>(Columns.notNull(value, "value")));
    }
}
