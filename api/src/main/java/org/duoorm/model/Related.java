package org.duoorm.model;

import java.util.Arrays;
import java.util.List;

/**
 * Conditions on a model's rows through one of its relationships, one hop at a time, rendered as
 * correlated subqueries so that they combine with any other condition:
 *
 * <pre>{@code
 * Author_.where(Related.exists("books", Book_.year.ge(2000)))        // at least one such book
 * Author_.where(Related.all("books", Book_.year.ge(2000)))           // every book (also: no books)
 * Author_.where(Related.count("books").ge(3))                        // at least three books
 * Author_.where(Related.count("books", Book_.year.ge(2000)).lt(2))  // fewer than two such books
 * Author_.query().orderBy(Related.count("books").desc())            // most books first
 * }</pre>
 *
 * The relationship name is checked against the model's metadata when the query is rendered; the
 * conditions inside apply to the related model.
 */
public final class Related {
    private Related() {
    }

    /** How a {@link Match} relates the related rows to the conditions. */
    public enum Kind {
        /** At least one related row matches. */
        EXISTS,
        /** Every related row matches (true when there are none). */
        ALL,
        /** The number of matching related rows compares with a count. */
        COUNT
    }

    /**
     * A condition through a relationship.
     *
     * @param relation the relationship field name
     * @param kind how the related rows are matched
     * @param where conditions on the related model, ANDed; empty means every related row
     * @param operator for {@link Kind#COUNT}: how the count compares, otherwise null
     * @param count for {@link Kind#COUNT}: the number compared with
     * @param <M> the model filtered
     */
    public record Match<M>(String relation, Kind kind, List<Condition<?>> where, Condition.Operator operator, long count)
            implements Condition<M> {
        /** Checks and copies. */
        public Match {
            Columns.notNull(relation, "relation");
            where = List.copyOf(Columns.notNull(where, "where"));
        }
    }

    /** @param relation not null @param where conditions on the related model, none null @param <M> the model @return the condition */
    public static <M> Condition<M> exists(String relation, Condition<?>... where) {
        return new Match<>(relation, Kind.EXISTS, list(where), null, 0);
    }

    /** @param relation not null @param where conditions on the related model, none null @param <M> the model @return the condition */
    public static <M> Condition<M> all(String relation, Condition<?>... where) {
        return new Match<>(relation, Kind.ALL, list(where), null, 0);
    }

    /** @param relation not null @param where conditions counted rows match, none null @return the count, to compare */
    public static Count count(String relation, Condition<?>... where) {
        return new Count(Columns.notNull(relation, "relation"), list(where));
    }

    /**
     * As {@link #exists(String, Condition[])}, typed: {@code Related.exists(Author_.books, Book_.year.lt(2000))}.
     *
     * @param relation from the metamodel, not null
     * @param where conditions on the related model, none null
     * @param <M> the model
     * @param <R> the related model
     * @return the condition
     */
    @SafeVarargs
    public static <M, R> Condition<M> exists(Relation<M, R> relation, Condition<R>... where) {
        return new Match<>(Columns.notNull(relation, "relation").name(), Kind.EXISTS, list(where), null, 0);
    }

    /** @param relation from the metamodel, not null @param where none null @param <M> the model @param <R> the related model @return the condition */
    @SafeVarargs
    public static <M, R> Condition<M> all(Relation<M, R> relation, Condition<R>... where) {
        return new Match<>(Columns.notNull(relation, "relation").name(), Kind.ALL, list(where), null, 0);
    }

    /** @param relation from the metamodel, not null @param where none null @param <R> the related model @return the count, to compare */
    @SafeVarargs
    public static <R> Count count(Relation<?, R> relation, Condition<R>... where) {
        return new Count(Columns.notNull(relation, "relation").name(), list(where));
    }

    private static List<Condition<?>> list(Condition<?>[] where) {
        return Arrays.asList(Columns.notNull(where, "where"));
    }

    /**
     * A sort key on the number of related rows: {@code query.orderBy(Related.count("books").desc())}.
     *
     * @param relation the relationship field name
     * @param where conditions counted rows match
     * @param descending whether larger counts come first
     */
    public record CountOrder(String relation, List<Condition<?>> where, boolean descending) {
        /** Copies. */
        public CountOrder {
            where = List.copyOf(where);
        }
    }

    /** The number of related rows (matching some conditions), to be compared: the SQL {@code HAVING} of the original. */
    public static final class Count {
        private final String relation;
        private final List<Condition<?>> where;

        Count(String relation, List<Condition<?>> where) {
            this.relation = relation;
            this.where = where;
        }

        private <M> Condition<M> compare(Condition.Operator op, long n) {
            return new Match<>(relation, Kind.COUNT, where, op, n);
        }

        /** @return a sort key, smallest count first */
        public CountOrder asc() {
            return new CountOrder(relation, where, false);
        }

        /** @return a sort key, largest count first */
        public CountOrder desc() {
            return new CountOrder(relation, where, true);
        }

        /** @param n the count @param <M> the model @return count = n */
        public <M> Condition<M> eq(long n) {
            return compare(Condition.Operator.EQ, n);
        }

        /** @param n the count @param <M> the model @return count &lt;&gt; n */
        public <M> Condition<M> ne(long n) {
            return compare(Condition.Operator.NE, n);
        }

        /** @param n the count @param <M> the model @return count &lt; n */
        public <M> Condition<M> lt(long n) {
            return compare(Condition.Operator.LT, n);
        }

        /** @param n the count @param <M> the model @return count &lt;= n */
        public <M> Condition<M> le(long n) {
            return compare(Condition.Operator.LE, n);
        }

        /** @param n the count @param <M> the model @return count &gt; n */
        public <M> Condition<M> gt(long n) {
            return compare(Condition.Operator.GT, n);
        }

        /** @param n the count @param <M> the model @return count &gt;= n */
        public <M> Condition<M> ge(long n) {
            return compare(Condition.Operator.GE, n);
        }
    }
}
