package org.duoorm.model;

/**
 * A column whose values have an order: numbers, strings, dates and times, UUIDs.
 *
 * @param <M> the model
 * @param <V> the field's type
 */
public class ComparableColumn<M, V extends Comparable<? super V>> extends Column<M, V> {

    /** @param model not null @param field not null @param type not null */
    public ComparableColumn(Class<M> model, String field, Class<V> type) {
        super(model, field, type);
    }

    /** @param value not null @return {@code column < value} */
    public final Condition<M> lt(V value) {
        return compare(Condition.Operator.LT, value);
    }

    /** @param value not null @return {@code column <= value} */
    public final Condition<M> le(V value) {
        return compare(Condition.Operator.LE, value);
    }

    /** @param value not null @return {@code column > value} */
    public final Condition<M> gt(V value) {
        return compare(Condition.Operator.GT, value);
    }

    /** @param value not null @return {@code column >= value} */
    public final Condition<M> ge(V value) {
        return compare(Condition.Operator.GE, value);
    }

    /** @param low not null @param high not null @return {@code column BETWEEN low AND high} (inclusive) */
    public final Condition<M> between(V low, V high) {
        return new Condition.Between<>(this, Columns.notNull(low, "low"), Columns.notNull(high, "high"));
    }

    private Condition<M> compare(Condition.Operator op, V value) {
        return new Condition.Compare<>(this, op, Columns.notNull(value, "value (use isNull() for NULL)"));
    }
}
