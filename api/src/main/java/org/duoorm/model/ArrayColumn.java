package org.duoorm.model;

import java.util.Arrays;

/**
 * An array column (PostgreSQL only): a field of type {@code String[]}, {@code Integer[]}, {@code Long[]},
 * ... with containment conditions: {@code Post_.tags.contains("java", "sql")}.
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

    private Condition<M> match(Match match, E[] values) {
        Columns.notNull(values, "values");
        E[] copy = Arrays.copyOf(values, values.length, type());
        for (E v : copy) {
            Columns.notNull(v, "an array value");
        }
        return new Condition.ArrayMatch<>(this, match, copy);
    }
}
