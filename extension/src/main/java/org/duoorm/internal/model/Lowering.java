package org.duoorm.internal.model;

import java.util.ArrayList;
import java.util.List;
import org.duoorm.Dialect;
import org.duoorm.MappingException;
import org.duoorm.internal.model.SqlTree.Assign;
import org.duoorm.internal.model.SqlTree.Col;
import org.duoorm.internal.model.SqlTree.Cond;
import org.duoorm.internal.model.SqlTree.Expr;
import org.duoorm.internal.model.SqlTree.Form;
import org.duoorm.internal.model.SqlTree.Ref;
import org.duoorm.internal.model.SqlTree.Slot;
import org.duoorm.internal.model.SqlTree.Sort;
import org.duoorm.internal.model.SqlTree.Stmt;
import org.duoorm.model.ArrayColumn;
import org.duoorm.model.Assignment;
import org.duoorm.model.Column;
import org.duoorm.model.Condition;
import org.duoorm.model.Expression;
import org.duoorm.model.JsonColumn;
import org.duoorm.model.Order;
import org.duoorm.model.Related;

/**
 * Turns a query (the API's condition, sort and assignment values) into a {@link SqlTree} statement and
 * its bound values: every value the caller gave goes to the values, every decision that shapes the SQL
 * to the tree. Columns are checked against the metadata here.
 */
final class Lowering {
    /** IN lists from this size on are padded to the next power of two, so that sizes share statements. */
    static final int PAD_FROM = 5;

    private final List<Object> values = new ArrayList<>();
    private ModelMeta<?> meta;

    private Lowering(ModelMeta<?> meta) {
        this.meta = meta;
    }

    /** A statement tree with its values. */
    record Lowered(Stmt tree, Object[] values) {
        Statement statement() {
            return tree.meta().models.statements.statement(tree, values);
        }
    }

    private Slot bind(Object value) {
        values.add(value);
        return new Slot(values.size() - 1);
    }

    private Lowered done(Stmt tree) {
        return new Lowered(tree, values.toArray());
    }

    // ---- queries ----

    static Lowered select(ModelMeta<?> meta, QuerySpec<?> q, Form form, boolean orderById, Link joined) {
        Lowering l = new Lowering(meta);
        List<Cond> where = l.conditions(q.conditions());
        List<Sort> orders = form == Form.ROWS ? l.orders(q.orders()) : List.of();
        Slot limit = q.limit() == null ? null : l.bind(q.limit());
        Slot offset = q.offset() == null ? null : l.bind(q.offset());
        return l.done(new SqlTree.Select(meta, form, where, orders, orderById, limit, offset, joined));
    }

    static Lowered delete(ModelMeta<?> meta, QuerySpec<?> q) {
        Lowering l = new Lowering(meta);
        return l.done(new SqlTree.Delete(meta, l.conditions(q.conditions())));
    }

    static Lowered update(ModelMeta<?> meta, QuerySpec<?> q, List<? extends Assignment<?>> sets) {
        Lowering l = new Lowering(meta);
        List<Assign> assigns = new ArrayList<>(sets.size());
        for (Assignment<?> a : sets) {
            FieldMeta f = meta.field(a.column());
            if (f.id || f.version) {
                throw new MappingException("Bulk updates may not set the " + (f.id ? "primary key " : "version ") + f.name);
            }
            Expr value = a.value() instanceof Expression.Value<?, ?> v ? new SqlTree.Value(l.bind(bindValue(f, v.value())))
                    : l.expression(a.value(), f);
            assigns.add(new Assign(f, value));
        }
        return l.done(new SqlTree.Update(meta, List.copyOf(assigns), l.conditions(q.conditions())));
    }

    private Expr expression(Expression<?, ?> e, FieldMeta target) {
        if (e instanceof Column<?, ?> c) {
            return new Col(meta.field(c));
        } else if (e instanceof Expression.Value<?, ?> v) {
            return new SqlTree.Value(bind(bindValue(target, v.value())));
        } else if (e instanceof Expression.Arithmetic<?, ?> a) {
            return new SqlTree.Arithmetic(expression(a.left(), target), a.operator(), expression(a.right(), target));
        }
        throw new MappingException("Unsupported expression " + e + " in an update of " + meta.type.getName());
    }

    // ---- rows ----

    /** {@code SELECT ... WHERE id = ?}. */
    static Lowered selectById(ModelMeta<?> meta, Object boundId) {
        Lowering l = new Lowering(meta);
        return l.done(new SqlTree.Select(meta, Form.ROWS, List.of(l.keyIs(boundId)), List.of(), false, null, null, null));
    }

    /** The rows whose {@code key} is one of {@code keys} (bound values), in the order given, then by primary key. */
    static Lowered selectIn(ModelMeta<?> meta, FieldMeta key, List<?> keys, List<Sort> order) {
        Lowering l = new Lowering(meta);
        Cond in = l.in(new Col(key), false, keys);
        return l.done(new SqlTree.Select(meta, Form.ROWS, List.of(in), order, true, null, null, null));
    }

    /** An insert of rows given as bound values, row by row in column order. */
    static Lowered insert(ModelMeta<?> meta, List<FieldMeta> columns, int rows, boolean returning, Object[] values) {
        return new Lowered(new SqlTree.Insert(meta, columns, rows, returning), values);
    }

    /** An update of one row by primary key (and version, when versioned) setting {@code fields} to the model's values. */
    static Lowered updateRow(ModelMeta<?> meta, List<FieldMeta> fields, Object model) {
        Lowering l = new Lowering(meta);
        List<Assign> sets = new ArrayList<>(fields.size());
        for (FieldMeta f : fields) {
            sets.add(new Assign(f, new SqlTree.Value(l.bind(f.bind(model)))));
        }
        return l.done(new SqlTree.Update(meta, List.copyOf(sets), l.rowKey(model)));
    }

    /** A delete of one row by primary key (and version, when versioned). */
    static Lowered deleteRow(ModelMeta<?> meta, Object model) {
        Lowering l = new Lowering(meta);
        return l.done(new SqlTree.Delete(meta, l.rowKey(model)));
    }

    private Cond keyIs(Object boundId) {
        return new SqlTree.Compare(new Col(meta.id), Condition.Operator.EQ, bind(boundId));
    }

    private List<Cond> rowKey(Object model) {
        Cond id = keyIs(Writes.key(meta, model));
        if (meta.version == null) {
            return List.of(id);
        }
        return List.of(id, new SqlTree.Compare(new Col(meta.version), Condition.Operator.EQ, bind(meta.version.bind(model))));
    }

    // ---- conditions ----

    private List<Cond> conditions(List<? extends Condition<?>> conditions) {
        List<Cond> out = new ArrayList<>(conditions.size());
        for (Condition<?> c : conditions) {
            out.add(condition(c));
        }
        return List.copyOf(out);
    }

    private Cond condition(Condition<?> c) {
        if (c instanceof Condition.Compare<?> cmp) {
            Ref ref = ref(cmp.column());
            return new SqlTree.Compare(ref, cmp.operator(), bind(value(ref, cmp.value())));
        } else if (c instanceof Condition.In<?> in) {
            Ref ref = ref(in.column());
            List<Object> converted = new ArrayList<>(in.values().size());
            for (Object v : in.values()) {
                converted.add(value(ref, v));
            }
            return in(ref, in.negated(), converted);
        } else if (c instanceof Condition.Between<?> b) {
            Ref ref = ref(b.column());
            return new SqlTree.Between(ref, bind(value(ref, b.low())), bind(value(ref, b.high())));
        } else if (c instanceof Condition.NullCheck<?> n) {
            return new SqlTree.NullCheck(ref(n.column()), n.isNull());
        } else if (c instanceof Condition.Like<?> like) {
            boolean literal = like.kind() != Condition.LikeKind.PATTERN;
            Ref ref = ref(like.column());
            return new SqlTree.Like(ref, bind(literal ? pattern(like.value(), like.kind()) : like.value()), literal,
                    like.ignoreCase());
        } else if (c instanceof Condition.ArrayMatch<?> a) {
            return new SqlTree.ArrayMatch(arrayField(a.column()), a.match(), bind(a.values()));
        } else if (c instanceof Condition.AnyElement<?> a) {
            FieldMeta f = arrayField(a.column());
            return new SqlTree.AnyElement(f, a.operator(), bind(a.value()));
        } else if (c instanceof Condition.Junction<?> j) {
            return j.parts().isEmpty() ? new SqlTree.Constant(j.and()) : new SqlTree.Junction(j.and(), conditions(j.parts()));
        } else if (c instanceof Condition.Not<?> not) {
            return new SqlTree.Not(condition(not.inner()));
        } else if (c instanceof Related.Match<?> m) {
            return related(m);
        }
        throw new MappingException("Unsupported condition " + c.getClass().getName() + " for " + meta.type.getName());
    }

    /** {@code ref [NOT] IN (values)}; large lists are padded with their last value (same meaning, fewer shapes). */
    private Cond in(Ref ref, boolean negated, List<?> values) {
        if (values.isEmpty()) {
            return new SqlTree.Constant(negated);
        }
        int n = values.size();
        int padded = n < PAD_FROM ? n : Integer.highestOneBit(n - 1) << 1;
        List<Slot> slots = new ArrayList<>(padded);
        for (Object v : values) {
            slots.add(bind(v));
        }
        Slot last = slots.get(n - 1);
        while (slots.size() < padded) {
            slots.add(last);
        }
        return new SqlTree.In(ref, negated, List.copyOf(slots));
    }

    private Cond related(Related.Match<?> m) {
        Link link = meta.link(m.relation());
        ModelMeta<?> outer = meta;
        meta = link.targetMeta();
        try {
            List<Cond> where = conditions(m.where());
            Slot count = m.kind() == Related.Kind.COUNT ? bind(m.count()) : null;
            return new SqlTree.RelatedMatch(link, m.kind(), m.operator(), count, where);
        } finally {
            meta = outer;
        }
    }

    private FieldMeta arrayField(Column<?, ?> column) {
        FieldMeta f = meta.field(column);
        if (meta.dialect.dialect() != Dialect.POSTGRESQL) {
            throw new MappingException("Array conditions need PostgreSQL, not " + meta.dialect.dialect());
        }
        return f;
    }

    /** A reference to a column, or to the text at a JSON path, or to an array's length. */
    private Ref ref(Column<?, ?> column) {
        FieldMeta f = meta.field(column);
        if (column instanceof JsonColumn.Path<?> path) {
            List<Object> params = new ArrayList<>();
            meta.dialect.jsonPathParams(path.steps(), params);
            List<Slot> slots = new ArrayList<>(params.size());
            for (Object p : params) {
                slots.add(bind(p));
            }
            return new SqlTree.JsonPath(f, List.copyOf(slots));
        }
        if (column instanceof ArrayColumn.Length<?>) {
            arrayField(column);
            return new SqlTree.ArrayLength(f);
        }
        return new Col(f);
    }

    /** A value as bound against a reference: converted for a column, as given for a JSON path's text or a length. */
    private static Object value(Ref ref, Object value) {
        return ref instanceof Col c ? bindValue(c.field(), value) : value;
    }

    // ---- order ----

    private List<Sort> orders(List<? extends Order<?>> orders) {
        List<Sort> out = new ArrayList<>(orders.size());
        for (Order<?> o : orders) {
            if (o.column() instanceof CountColumn<?> c) {
                Link link = meta.link(c.relation);
                ModelMeta<?> outer = meta;
                meta = link.targetMeta();
                try {
                    out.add(new SqlTree.ByCount(link, conditions(c.where), o.descending()));
                } finally {
                    meta = outer;
                }
            } else {
                out.add(new SqlTree.By(ref(o.column()), o.descending(), o.nulls()));
            }
        }
        return List.copyOf(out);
    }

    /** A value as bound for a field, converted first when its Java type differs (a value given loosely). */
    static Object bindValue(FieldMeta f, Object value) {
        if (value == null) {
            return null;
        }
        return f.codec.toDb(f.type.isInstance(value) ? value : f.codec.fromDb(value));
    }

    /** The LIKE pattern of literal text: {@code %}, {@code _} and the escape character escaped. */
    static String pattern(String value, Condition.LikeKind kind) {
        StringBuilder p = new StringBuilder(value.length() + 4);
        if (kind != Condition.LikeKind.STARTS_WITH) {
            p.append('%');
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '%' || ch == '_' || ch == SqlDialect.LIKE_ESCAPE) {
                p.append(SqlDialect.LIKE_ESCAPE);
            }
            p.append(ch);
        }
        if (kind != Condition.LikeKind.ENDS_WITH) {
            p.append('%');
        }
        return p.toString();
    }
}
