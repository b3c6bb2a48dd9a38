package org.duoorm.model;

/**
 * A sort key: {@code User_.name.asc()}, {@code User_.age.desc().nullsLast()}.
 *
 * @param column not null
 * @param descending whether the order is descending
 * @param nulls where NULLs go; {@link Nulls#DEFAULT}: as the smallest values, on every dialect
 * @param <M> the model
 */
public record Order<M>(Column<M, ?> column, boolean descending, Nulls nulls) {

    /** Where NULL values sort. */
    public enum Nulls {
        /**
         * NULLs sort as the smallest values (first ascending, last descending) on every dialect, PostgreSQL
         * included, whose own rule is the opposite.
         */
        DEFAULT,
        /** Before every value, on every dialect. */
        FIRST,
        /** After every value, on every dialect. */
        LAST
    }

    /** @return this key with NULLs first */
    public Order<M> nullsFirst() {
        return new Order<>(column, descending, Nulls.FIRST);
    }

    /** @return this key with NULLs last */
    public Order<M> nullsLast() {
        return new Order<>(column, descending, Nulls.LAST);
    }
}
