package org.duoorm.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A typed reference to a mapped field of model {@code M} holding values of type {@code V}. Columns
 * are usually generated ({@code User_.name}); conditions built from them are checked by the compiler,
 * so {@code User_.age.eq("x")} does not compile. A column names a Java field, not a table column: the
 * table column is found in the metadata of the database the model belongs to.
 *
 * @param <M> the model
 * @param <V> the field's type (boxed for primitives)
 */
public class Column<M, V> implements Expression<M, V> {
    private final Class<M> model;
    private final String field;
    private final Class<V> type;

    /**
     * @param model the model class, not null
     * @param field the Java field name, not null
     * @param type the field's type, boxed for primitives, not null
     */
    public Column(Class<M> model, String field, Class<V> type) {
        this.model = Columns.notNull(model, "model");
        this.field = Columns.notNull(field, "field");
        this.type = Columns.notNull(type, "type");
    }

    /** The model class. */
    public final Class<M> model() {
        return model;
    }

    /** The Java field name. */
    public final String field() {
        return field;
    }

    /** The field's type, boxed for primitives. */
    public final Class<V> type() {
        return type;
    }

    /** @param value null means {@link #isNull()} @return {@code column = value} */
    public final Condition<M> eq(V value) {
        return value == null ? isNull() : new Condition.Compare<>(this, Condition.Operator.EQ, value);
    }

    /** @param value null means {@link #isNotNull()} @return {@code column <> value} */
    public final Condition<M> ne(V value) {
        return value == null ? isNotNull() : new Condition.Compare<>(this, Condition.Operator.NE, value);
    }

    /** @param values none null; none at all matches nothing @return {@code column IN (values)} */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Condition<M> in(V... values) {
        return in(Arrays.asList(Columns.notNull(values, "values")));
    }

    /** @param values not null, no null element @return {@code column IN (values)} */
    public final Condition<M> in(Collection<? extends V> values) {
        return new Condition.In<>(this, values(values), false);
    }

    /** @param values none null; none at all matches everything @return {@code column NOT IN (values)} */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Condition<M> notIn(V... values) {
        return notIn(Arrays.asList(Columns.notNull(values, "values")));
    }

    /** @param values not null, no null element @return {@code column NOT IN (values)} */
    public final Condition<M> notIn(Collection<? extends V> values) {
        return new Condition.In<>(this, values(values), true);
    }

    /** @return {@code column IS NULL} */
    public final Condition<M> isNull() {
        return new Condition.NullCheck<>(this, true);
    }

    /** @return {@code column IS NOT NULL} */
    public final Condition<M> isNotNull() {
        return new Condition.NullCheck<>(this, false);
    }

    /** @return this column ascending */
    public final Order<M> asc() {
        return new Order<>(this, false, Order.Nulls.DEFAULT);
    }

    /** @return this column descending */
    public final Order<M> desc() {
        return new Order<>(this, true, Order.Nulls.DEFAULT);
    }

    /** @param value may be null @return {@code column = value} for a bulk update */
    public final Assignment<M> set(V value) {
        return new Assignment<>(this, new Expression.Value<M, V>(value));
    }

    /** @param value not null, for example {@code User_.age.plus(1)} @return {@code column = expression} */
    public final Assignment<M> set(Expression<M, V> value) {
        return new Assignment<>(this, Columns.notNull(value, "value"));
    }

    /** @return {@code column = NULL} for a bulk update */
    public final Assignment<M> setNull() {
        return new Assignment<>(this, new Expression.Value<M, V>(null));
    }

    private static List<?> values(Collection<?> values) {
        Columns.notNull(values, "values");
        for (Object v : values) {
            Columns.notNull(v, "an IN value (use isNull() for NULL)");
        }
        return List.copyOf(values);
    }

    /** The steps into the field's value (a JSON path's keys and indexes); empty for the field itself. */
    List<?> pathSteps() {
        return List.of();
    }

    /** Columns are equal when they name the same field of the same model, by the same path into it. */
    @Override
    public final boolean equals(Object o) {
        return o instanceof Column<?, ?> c && c.model == model && c.field.equals(field) && c.pathSteps().equals(pathSteps());
    }

    @Override
    public final int hashCode() {
        return Objects.hash(model, field, pathSteps());
    }

    @Override
    public String toString() {
        return model.getSimpleName() + "." + field;
    }
}
