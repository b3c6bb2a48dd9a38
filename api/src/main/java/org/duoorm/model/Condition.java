package org.duoorm.model;

import java.util.List;

/**
 * A filter on rows of model {@code M}, built from typed columns ({@code User_.age.ge(18)}) and
 * combined with {@link #and}, {@link #or} and {@link #not}. Conditions are immutable values: share
 * and reuse them freely. Every value in a condition is sent as a bind parameter.
 *
 * <p>The records below are the condition tree that the SQL renderer reads. Other modules may add kinds
 * of their own (relationships do); a kind the renderer does not know fails with a
 * {@link org.duoorm.MappingException}.
 *
 * @param <M> the model the condition applies to
 */
public interface Condition<M> {

    /** @param other not null @return both this and other */
    default Condition<M> and(Condition<M> other) {
        return new Junction<>(true, List.of(this, Columns.notNull(other, "other")));
    }

    /** @param other not null @return this or other */
    default Condition<M> or(Condition<M> other) {
        return new Junction<>(false, List.of(this, Columns.notNull(other, "other")));
    }

    /** @return the negation of this condition */
    default Condition<M> not() {
        return new Not<>(this);
    }

    /** Comparison operators. */
    enum Operator {
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        /** The SQL operator. */
        public String symbol() {
            return symbol;
        }
    }

    /** What a {@link Like} matches. */
    enum LikeKind {
        /** A user pattern: {@code %} and {@code _} are wildcards. */
        PATTERN,
        /** The value anywhere, taken literally. */
        CONTAINS,
        /** The value at the start, taken literally. */
        STARTS_WITH,
        /** The value at the end, taken literally. */
        ENDS_WITH
    }

    /** {@code column op value}; value is never null (see {@link NullCheck}). */
    record Compare<M>(Column<M, ?> column, Operator operator, Object value) implements Condition<M> {
    }

    /** {@code column [NOT] IN (values)}; an empty list matches nothing (or everything when negated). */
    record In<M>(Column<M, ?> column, List<?> values, boolean negated) implements Condition<M> {
    }

    /** {@code column BETWEEN low AND high}, both ends included. */
    record Between<M>(Column<M, ?> column, Object low, Object high) implements Condition<M> {
    }

    /** {@code column IS [NOT] NULL}. */
    record NullCheck<M>(Column<M, ?> column, boolean isNull) implements Condition<M> {
    }

    /** A {@code LIKE}, optionally case-insensitive on every dialect. */
    record Like<M>(Column<M, ?> column, String value, LikeKind kind, boolean ignoreCase) implements Condition<M> {
    }

    /** Array containment (PostgreSQL): see {@link ArrayColumn}. */
    record ArrayMatch<M>(ArrayColumn<M, ?> column, ArrayColumn.Match match, Object[] values) implements Condition<M> {
    }

    /** Some element of an array column compares with a value: see {@link ArrayColumn#anyElement()}. */
    record AnyElement<M>(ArrayColumn<M, ?> column, Operator operator, Object value) implements Condition<M> {
    }

    /** All ({@code and == true}) or any of the parts. */
    record Junction<M>(boolean and, List<Condition<M>> parts) implements Condition<M> {
    }

    /** {@code NOT (inner)}. */
    record Not<M>(Condition<M> inner) implements Condition<M> {
    }
}
