package org.duoorm.model;

import java.util.List;

/** Combines conditions: {@code Conditions.or(User_.age.lt(18), User_.age.gt(65))}. */
public final class Conditions {
    private Conditions() {
    }

    /** @param conditions at least one, none null @param <M> the model @return all of them */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public static <M> Condition<M> and(Condition<M>... conditions) {
        return new Condition.Junction<>(true, parts(conditions));
    }

    /** @param conditions at least one, none null @param <M> the model @return any of them */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public static <M> Condition<M> or(Condition<M>... conditions) {
        return new Condition.Junction<>(false, parts(conditions));
    }

    /** @param condition not null @param <M> the model @return its negation */
    public static <M> Condition<M> not(Condition<M> condition) {
        return Columns.notNull(condition, "condition").not();
    }

    private static <M> List<Condition<M>> parts(Condition<M>[] conditions) {
        if (conditions == null || conditions.length == 0) {
            throw new org.duoorm.InvalidArgumentException("at least one condition is needed");
        }
        return List.of(conditions);
    }
}
