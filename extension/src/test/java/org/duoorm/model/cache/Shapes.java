package org.duoorm.model.cache;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.duoorm.model.Assignment;
import org.duoorm.model.Column;
import org.duoorm.model.Condition;
import org.duoorm.model.Expression;
import org.duoorm.model.Order;
import org.duoorm.model.Query;
import org.duoorm.model.Related;

/**
 * Generated queries as plain descriptions (printed when a property fails), and their translation into the
 * query API for either mapping of {@link Items}. Values come from small domains that overlap the test data,
 * so that the same shapes recur with other values (what a statement cache must get right) and conditions
 * match some rows; strings and JSON keys are hostile on purpose.
 */
final class Shapes {
    private Shapes() {
    }

    static final List<String> STRINGS = List.of("Ada", "ada", "O'Brien", "50%_off!", "back\\slash", "quote\"d", "Zoë", "",
            "?", ":name", "emoji \uD83D\uDE00", "NULL", "a_b", "%");
    static final List<String> KEYS = List.of("a", "b", "0", "it's", "x.y", "$", "[1]", "c");
    static final List<String> JSON_TEXTS = List.of("1", "x", "Paris", "true", "", "2", "it's");

    enum Field { NAME, QTY, PRICE, ACTIVE, KIND, DAY, ODD, ATTRS, PATH }

    /** A column, or the text at a JSON path of {@code attrs}. */
    record Ref(Field field, List<String> keys) {
        @Override
        public String toString() {
            return field == Field.PATH ? "attrs" + keys : field.name().toLowerCase();
        }
    }

    sealed interface D {
    }

    record Cmp(Ref ref, Condition.Operator op, Object value) implements D {
    }

    record InList(Ref ref, List<Object> values, boolean negated) implements D {
    }

    record Btw(Ref ref, Object low, Object high) implements D {
    }

    record IsNull(Ref ref, boolean isNull) implements D {
    }

    record Lk(Ref ref, String text, Condition.LikeKind kind, boolean ignoreCase) implements D {
    }

    record Junct(boolean and, List<D> parts) implements D {
    }

    record Neg(D inner) implements D {
    }

    /** A condition on an item's parts: on the label or the weight of a part. */
    record PartCond(boolean onLabel, Condition.Operator op, Object value) {
    }

    record Rel(Related.Kind kind, List<PartCond> where, Condition.Operator op, long count) implements D {
    }

    /** A sort key; {@code ref} null means the number of parts matching {@code where}. */
    record Srt(Ref ref, List<PartCond> where, boolean desc, Order.Nulls nulls) {
    }

    record Assign(Field field, Object value, boolean increment) {
    }

    enum Op { ALL, FIRST, ONE, COUNT, EXISTS, PAGE, UPDATE, DELETE }

    record Case(Op op, List<D> where, List<Srt> orders, Integer limit, Long offset, List<Assign> sets, boolean wholeTable,
            boolean loadParts, boolean reactive) {
        boolean reads() {
            return op != Op.UPDATE && op != Op.DELETE;
        }
    }

    // ---- generators ----

    static Arbitrary<Object> value(Field f) {
        return switch (f) {
            case NAME, ODD -> Arbitraries.of(STRINGS).map(s -> s);
            case QTY -> Arbitraries.integers().between(-3, 12).map(i -> i);
            case PRICE -> Arbitraries.of("0", "1.5", "2.25", "10", "99.99", "-1").map(BigDecimal::new);
            case ACTIVE -> Arbitraries.of(true, false).map(b -> b);
            case KIND -> Arbitraries.of(Items.Kind.class).map(k -> k);
            case DAY -> Arbitraries.integers().between(0, 10).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
            case ATTRS -> Arbitraries.of(Map.of("a", "1"), Map.of("b", 2), Map.of(), Map.of("0", "zero", "a", "x")).map(m -> m);
            case PATH -> Arbitraries.of(JSON_TEXTS).map(s -> s);
        };
    }

    static Arbitrary<Ref> ref() {
        return Arbitraries.of(Field.class).flatMap(f -> f != Field.PATH ? Arbitraries.just(new Ref(f, List.of()))
                : Arbitraries.of(KEYS).list().ofMinSize(1).ofMaxSize(3).map(k -> new Ref(f, k)));
    }

    static Arbitrary<D> leaf() {
        return ref().flatMap(r -> {
            Arbitrary<Object> v = value(r.field());
            boolean text = r.field() == Field.NAME || r.field() == Field.ODD || r.field() == Field.PATH;
            List<Arbitrary<? extends D>> kinds = new ArrayList<>(List.of(
                    Combinators.combine(Arbitraries.of(Condition.Operator.class), v).as((op, x) -> new Cmp(r, op, x)),
                    Combinators.combine(v.list().ofMaxSize(12), Arbitraries.of(true, false)).as((xs, neg) -> new InList(r, xs, neg)),
                    Combinators.combine(v, v).as((lo, hi) -> new Btw(r, lo, hi)),
                    Arbitraries.of(true, false).map(n -> new IsNull(r, n))));
            if (text) {
                kinds.add(Combinators.combine(Arbitraries.of(STRINGS), Arbitraries.of(Condition.LikeKind.class), Arbitraries.of(true, false))
                        .as((t, k, ic) -> new Lk(r, t, k, ic)));
            }
            return Arbitraries.oneOf(kinds);
        });
    }

    static Arbitrary<PartCond> partCond() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(Condition.Operator.class),
                Arbitraries.integers().between(0, 4)).as((label, op, n) -> new PartCond(label, op, label ? "L" + n : n));
    }

    static Arbitrary<D> condition(int depth) {
        if (depth == 0) {
            return leaf();
        }
        Arbitrary<D> inner = Arbitraries.lazy(() -> condition(depth - 1));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, leaf()),
                net.jqwik.api.Tuple.of(2, Combinators.combine(Arbitraries.of(true, false), inner.list().ofMaxSize(3))
                        .as(Junct::new)),
                net.jqwik.api.Tuple.of(1, inner.map(Neg::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(Arbitraries.of(Related.Kind.class), partCond().list().ofMaxSize(2),
                        Arbitraries.of(Condition.Operator.class), Arbitraries.longs().between(0, 3)).as(Rel::new)));
    }

    static Arbitrary<Srt> sort() {
        Arbitrary<Srt> byColumn = Combinators.combine(ref(), Arbitraries.of(true, false), Arbitraries.of(Order.Nulls.class))
                .as((r, desc, nulls) -> new Srt(r, List.of(), desc, nulls));
        Arbitrary<Srt> byCount = Combinators.combine(partCond().list().ofMaxSize(2), Arbitraries.of(true, false))
                .as((w, desc) -> new Srt(null, w, desc, Order.Nulls.DEFAULT));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, byColumn), net.jqwik.api.Tuple.of(1, byCount));
    }

    static Arbitrary<Assign> assign() {
        return Arbitraries.of(Field.NAME, Field.QTY, Field.PRICE, Field.ACTIVE, Field.KIND, Field.DAY, Field.ODD).flatMap(f -> {
            Arbitrary<Object> v = value(f).injectNull(0.15);
            boolean numeric = f == Field.QTY || f == Field.PRICE;
            return Combinators.combine(v, Arbitraries.of(true, false)).as((x, inc) -> new Assign(f, x, numeric && inc && x != null));
        });
    }

    static Arbitrary<Case> cases() {
        Arbitrary<Op> op = Arbitraries.of(Op.class);
        return op.flatMap(o -> {
            boolean bulk = o == Op.UPDATE || o == Op.DELETE;
            Arbitrary<List<D>> where = condition(3).list().ofMaxSize(3);
            Arbitrary<List<Srt>> orders = bulk ? Arbitraries.just(List.of()) : sort().list().ofMaxSize(3);
            Arbitrary<Integer> limit = bulk || o == Op.PAGE ? Arbitraries.just(null) : Arbitraries.integers().between(0, 7).injectNull(0.6);
            Arbitrary<Long> offset = bulk || o == Op.PAGE ? Arbitraries.just(null) : Arbitraries.longs().between(0, 9).injectNull(0.7);
            Arbitrary<List<Assign>> sets = o == Op.UPDATE ? assign().list().ofMinSize(1).ofMaxSize(3) : Arbitraries.just(List.of());
            return Combinators.combine(where, orders, limit, offset, sets, Arbitraries.of(true, false), Arbitraries.of(true, false),
                    Arbitraries.of(true, false)).as((w, s, l, off, a, whole, load, reactive) -> {
                        // Paging needs an order to be deterministic, and FIRST/ONE pick a row by it too.
                        List<Srt> ordered = (l != null || off != null || o == Op.FIRST || o == Op.PAGE) && s.isEmpty()
                                ? List.of(new Srt(new Ref(Field.NAME, List.of()), List.of(), false, Order.Nulls.FIRST)) : s;
                        return new Case(o, w, ordered, l, off, a, whole, load && (o == Op.ALL || o == Op.PAGE), reactive);
                    });
        });
    }

    // ---- the query API ----

    @SuppressWarnings({"unchecked", "rawtypes"})
    static <I, P> Column<I, ?> column(Ref r, Items.Cols<I, P> c) {
        return switch (r.field()) {
            case NAME -> c.name;
            case QTY -> c.qty;
            case PRICE -> c.price;
            case ACTIVE -> c.active;
            case KIND -> c.kind;
            case DAY -> c.day;
            case ODD -> c.odd;
            case ATTRS -> c.attrs;
            case PATH -> (Column) c.attrs.path(r.keys().toArray(String[]::new));
        };
    }

    static <I, P> Condition<I> condition(D d, Items.Cols<I, P> c) {
        if (d instanceof Cmp x) {
            return new Condition.Compare<>(column(x.ref(), c), x.op(), x.value());
        } else if (d instanceof InList x) {
            return new Condition.In<>(column(x.ref(), c), x.values(), x.negated());
        } else if (d instanceof Btw x) {
            return new Condition.Between<>(column(x.ref(), c), x.low(), x.high());
        } else if (d instanceof IsNull x) {
            return new Condition.NullCheck<>(column(x.ref(), c), x.isNull());
        } else if (d instanceof Lk x) {
            return new Condition.Like<>(column(x.ref(), c), x.text(), x.kind(), x.ignoreCase());
        } else if (d instanceof Junct x) {
            List<Condition<I>> parts = new ArrayList<>();
            for (D p : x.parts()) {
                parts.add(condition(p, c));
            }
            return new Condition.Junction<>(x.and(), parts);
        } else if (d instanceof Neg x) {
            return new Condition.Not<>(condition(x.inner(), c));
        }
        Rel x = (Rel) d;
        return new Related.Match<>("parts", x.kind(), parts(x.where(), c), x.kind() == Related.Kind.COUNT ? x.op() : null,
                x.kind() == Related.Kind.COUNT ? x.count() : 0);
    }

    private static <I, P> List<Condition<?>> parts(List<PartCond> where, Items.Cols<I, P> c) {
        List<Condition<?>> out = new ArrayList<>();
        for (PartCond p : where) {
            out.add(new Condition.Compare<>(p.onLabel() ? c.label : c.weight, p.op(), p.value()));
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static <I, P> Query<I> query(Query<I> base, Case k, Items.Cols<I, P> c) {
        List<Condition<I>> where = new ArrayList<>();
        for (D d : k.where()) {
            where.add(condition(d, c));
        }
        Query<I> q = base.where(where);
        for (Srt s : k.orders()) {
            if (s.ref() == null) {
                Related.Count count = Related.count("parts", parts(s.where(), c).toArray(Condition[]::new));
                q = q.orderBy(s.desc() ? count.desc() : count.asc());
            } else {
                q = q.orderBy(List.of(new Order<>((Column) column(s.ref(), c), s.desc(), s.nulls())));
            }
        }
        if (k.limit() != null) {
            q = q.limit(k.limit());
        }
        if (k.offset() != null) {
            q = q.offset(k.offset());
        }
        if (k.wholeTable()) {
            q = q.wholeTable();
        }
        return k.loadParts() ? q.related("parts") : q;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static <I, P> List<Assignment<I>> assignments(Case k, Items.Cols<I, P> c) {
        List<Assignment<I>> out = new ArrayList<>();
        for (Assign a : k.sets()) {
            Column col = column(new Ref(a.field(), List.of()), c);
            Expression value = a.increment() ? new Expression.Arithmetic<>(col, Expression.Operator.PLUS, new Expression.Value<>(a.value()))
                    : new Expression.Value<>(a.value());
            out.add(new Assignment<>(col, value));
        }
        return out;
    }
}
