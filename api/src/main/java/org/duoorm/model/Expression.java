package org.duoorm.model;

/**
 * A value computed in SQL for a column of model {@code M}: a column itself, a bound value, or
 * arithmetic on them (for {@link Query#updateBulk(Assignment...)} such as {@code age + 1}).
 *
 * @param <M> the model
 * @param <V> the Java type of the value
 */
public interface Expression<M, V> {

    /** A value sent as a bind parameter. @param value may be null @param <M> model @param <V> type */
    record Value<M, V>(V value) implements Expression<M, V> {
    }

    /** The operators of {@link Arithmetic}. */
    enum Operator {
        PLUS("+"), MINUS("-"), TIMES("*"), DIVIDED_BY("/");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        /** The SQL operator. */
        public String symbol() {
            return symbol;
        }
    }

    /**
     * {@code left operator right}, rendered in parentheses.
     *
     * @param left not null @param operator not null @param right not null @param <M> model @param <V> type
     */
    record Arithmetic<M, V>(Expression<M, V> left, Operator operator, Expression<M, V> right) implements Expression<M, V> {
    }
}
