package org.duoorm.model;

import java.util.Arrays;

/**
 * An array column (PostgreSQL only): a field of type {@code String[]}, {@code Integer[]}, {@code Long[]},
 * ... with containment conditions ({@code Post_.tags.contains("java", "sql")}), conditions on any element
 * ({@code Post_.scores.anyElement().gt(90)}) and on the length ({@code Post_.tags.length().ge(2)}).
 * Equality ({@code eq}, {@code ne}, {@code in}) compares whole arrays, element by element and in order.
 * Every value is bound with the column's declared type ({@code TEXT[]} for {@code String[]}).
 *
 * @param <M> the model
 * @param <E> the element type
 */
public class ArrayColumn<M, E> extends Column<M, E[]> {

    /** @param model not null @param field not null @param type the array type, not null */
    public ArrayColumn(Class<M> model, String field, Class<E[]> type) {
        super(model, field, type);
    }

    /** What an {@link Condition.ArrayMatch} asks. */
    public enum Match {
        /** The column holds every value ({@code @>}). */
        CONTAINS,
        /** Every element of the column is among the values ({@code <@}). */
        CONTAINED_BY,
        /** The column holds at least one of the values ({@code &&}). */
        OVERLAPS
    }

    /** @param values none null @return the column holds all of them */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Condition<M> contains(E... values) {
        return match(Match.CONTAINS, values);
    }

    /** @param values none null @return every element of the column is among them */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Condition<M> containedBy(E... values) {
        return match(Match.CONTAINED_BY, values);
    }

    /** @param values none null @return the column holds at least one of them */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Condition<M> overlaps(E... values) {
        return match(Match.OVERLAPS, values);
    }

    /** @return the number of elements (0 for an empty array, NULL for NULL), for conditions and sorting */
    public final Length<M> length() {
        return new Length<>(this);
    }

    /** @return the elements, for a condition that holds when at least one element meets it */
    public final Element<M, E> anyElement() {
        return new Element<>(this);
    }

    private Condition<M> match(Match match, E[] values) {
        Columns.notNull(values, "values");
        E[] copy = Arrays.copyOf(values, values.length, type());
        for (E v : copy) {
            Columns.notNull(v, "an array value");
        }
        return new Condition.ArrayMatch<>(this, match, copy);
    }

    /**
     * The number of elements of an array column: {@code Post_.tags.length().gt(2)}.
     *
     * @param <M> the model
     */
    public static final class Length<M> extends NumberColumn<M, Integer> {
        private final ArrayColumn<M, ?> array;

        Length(ArrayColumn<M, ?> array) {
            super(array.model(), array.field(), Integer.class);
            this.array = array;
        }

        /** The array column. */
        public ArrayColumn<M, ?> array() {
            return array;
        }

        @Override
        protected Object derivation() {
            return "length()";
        }

        @Override
        public String toString() {
            return array + ".length()";
        }
    }

    /**
     * Any element of an array column: each condition holds for a row when at least one element meets it
     * ({@code value op ANY(column)} in SQL); an empty or NULL array meets none.
     *
     * @param <M> the model
     * @param <E> the element type
     */
    public static final class Element<M, E> {
        private final ArrayColumn<M, E> array;

        Element(ArrayColumn<M, E> array) {
            this.array = array;
        }

        /** @param value not null @return some element equals the value */
        public Condition<M> eq(E value) {
            return compare(Condition.Operator.EQ, value);
        }

        /** @param value not null @return some element differs from the value */
        public Condition<M> ne(E value) {
            return compare(Condition.Operator.NE, value);
        }

        /** @param value not null @return some element is less than the value */
        public Condition<M> lt(E value) {
            return compare(Condition.Operator.LT, value);
        }

        /** @param value not null @return some element is at most the value */
        public Condition<M> le(E value) {
            return compare(Condition.Operator.LE, value);
        }

        /** @param value not null @return some element is greater than the value */
        public Condition<M> gt(E value) {
            return compare(Condition.Operator.GT, value);
        }

        /** @param value not null @return some element is at least the value */
        public Condition<M> ge(E value) {
            return compare(Condition.Operator.GE, value);
        }

        private Condition<M> compare(Condition.Operator op, E value) {
            return new Condition.AnyElement<>(array, op, Columns.notNull(value, "value"));
        }
    }
}
