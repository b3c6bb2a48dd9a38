package org.duoorm.model;

/** Factories the generated metamodel uses, and the null check of this package. */
public final class Columns {
    private Columns() {
    }

    /** @param model not null @param field not null @param <M> model @return a text column */
    public static <M> StringColumn<M> string(Class<M> model, String field) {
        return new StringColumn<>(model, field);
    }

    /** @param model not null @param field not null @param type boxed type @param <M> model @param <V> type @return a numeric column */
    public static <M, V extends Number & Comparable<? super V>> NumberColumn<M, V> number(Class<M> model, String field, Class<V> type) {
        return new NumberColumn<>(model, field, type);
    }

    /** @param model not null @param field not null @param type the type @param <M> model @param <V> type @return an ordered column */
    public static <M, V extends Comparable<? super V>> ComparableColumn<M, V> comparable(Class<M> model, String field, Class<V> type) {
        return new ComparableColumn<>(model, field, type);
    }

    /** @param model not null @param field not null @param type the type @param <M> model @param <V> type @return a column */
    public static <M, V> Column<M, V> of(Class<M> model, String field, Class<V> type) {
        return new Column<>(model, field, type);
    }

    /** @param model not null @param field not null @param type the field type @param <M> model @param <V> type @return a JSON column */
    public static <M, V> JsonColumn<M, V> json(Class<M> model, String field, Class<V> type) {
        return new JsonColumn<>(model, field, type);
    }

    /** @param model not null @param field not null @param type the array type @param <M> model @param <E> element @return an array column */
    public static <M, E> ArrayColumn<M, E> array(Class<M> model, String field, Class<E[]> type) {
        return new ArrayColumn<>(model, field, type);
    }

    static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new org.duoorm.InvalidArgumentException(name + " must not be null");
        }
        return value;
    }
}
