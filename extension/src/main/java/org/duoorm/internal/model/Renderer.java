package org.duoorm.internal.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.duoorm.MappingException;
import org.duoorm.model.Assignment;
import org.duoorm.model.Column;
import org.duoorm.model.Condition;
import org.duoorm.model.Expression;
import org.duoorm.model.JsonColumn;
import org.duoorm.model.Order;
import org.duoorm.model.Related;

/**
 * Renders queries to SQL. A first pass collects the bind values and the query's shape (which
 * operators on which columns, how many IN values, ...); the SQL text is rendered only the first time
 * a shape is seen on a model, then taken from {@link ModelMeta#sqlCache}.
 */
final class Renderer {
    enum Kind { SELECT, COUNT, EXISTS, DELETE, UPDATE, JOINED }

    /** The alias of the table joined by {@link Kind#JOINED}. */
    static final String JOINED_ALIAS = "j1";

    private final ModelMeta<?> meta;
    private final SqlDialect dialect;
    private final StringBuilder sql;
    private final List<Object> params;
    private final Renderer root;
    /** Qualifies column references: empty, a table name and a dot, or an alias and a dot. */
    private String prefix = "";
    private final int depth;
    private int[] shape = new int[16];
    private int size;
    private Link joined;

    private Renderer(ModelMeta<?> meta, boolean text) {
        this.meta = meta;
        this.dialect = meta.dialect;
        this.sql = text ? new StringBuilder(128) : null;
        this.params = new ArrayList<>();
        this.root = this;
        this.depth = 0;
    }

    /** A renderer for a related model's conditions inside a subquery: same text, values and shape. */
    private Renderer(ModelMeta<?> meta, Renderer outer, String alias) {
        this.meta = meta;
        this.dialect = meta.dialect;
        this.sql = outer.sql;
        this.params = outer.params;
        this.root = outer.root;
        this.depth = outer.depth + 1;
        this.prefix = alias + ".";
    }

    /** The select of {@code q} with the relationship {@code link} joined (LEFT JOIN) in the same statement. */
    static Statement selectJoined(ModelMeta<?> meta, QuerySpec<?> q, Link link) {
        return render(meta, q, Kind.JOINED, true, List.of(), link);
    }

    static Statement select(ModelMeta<?> meta, QuerySpec<?> q, boolean orderById) {
        return render(meta, q, Kind.SELECT, orderById, List.of());
    }

    static Statement count(ModelMeta<?> meta, QuerySpec<?> q) {
        return render(meta, q, Kind.COUNT, false, List.of());
    }

    static Statement exists(ModelMeta<?> meta, QuerySpec<?> q) {
        return render(meta, q.capLimit(1), Kind.EXISTS, false, List.of());
    }

    static Statement delete(ModelMeta<?> meta, QuerySpec<?> q) {
        return render(meta, q, Kind.DELETE, false, List.of());
    }

    static Statement update(ModelMeta<?> meta, QuerySpec<?> q, List<? extends Assignment<?>> sets) {
        return render(meta, q, Kind.UPDATE, false, sets);
    }

    private static Statement render(ModelMeta<?> meta, QuerySpec<?> q, Kind kind, boolean orderById,
            List<? extends Assignment<?>> sets) {
        return render(meta, q, kind, orderById, sets, null);
    }

    private static Statement render(ModelMeta<?> meta, QuerySpec<?> q, Kind kind, boolean orderById,
            List<? extends Assignment<?>> sets, Link joined) {
        Renderer pass = new Renderer(meta, false);
        pass.joined = joined;
        pass.statement(q, kind, orderById, sets);
        Shape key = new Shape(Arrays.copyOf(pass.shape, pass.size));
        String sql = meta.sqlCache.get(key);
        if (sql == null) {
            Renderer text = new Renderer(meta, true);
            text.joined = joined;
            text.statement(q, kind, orderById, sets);
            sql = text.sql.toString();
            meta.sqlCache.putIfAbsent(key, sql);
        }
        return new Statement(sql, pass.params.toArray());
    }

    /** The shape of a statement, as a cache key. */
    private record Shape(int[] tokens) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Shape s && Arrays.equals(tokens, s.tokens);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(tokens);
        }
    }

    private void token(int t) {
        if (root != this) {
            root.token(t);
            return;
        }
        if (size == shape.length) {
            shape = Arrays.copyOf(shape, size * 2);
        }
        shape[size++] = t;
    }

    private void text(String s) {
        if (sql != null) {
            sql.append(s);
        }
    }

    private void statement(QuerySpec<?> q, Kind kind, boolean orderById, List<? extends Assignment<?>> sets) {
        token(kind.ordinal());
        token(orderById ? 1 : 0);
        token(sets.size());
        if (kind == Kind.JOINED) {
            token(joined.index);
            prefix = meta.quotedTable + ".";
        }
        boolean paged = q.limit() != null || q.offset() != null;
        switch (kind) {
            case SELECT -> text("SELECT " + meta.selectList + " FROM " + meta.quotedTable);
            case COUNT -> text(paged ? "SELECT COUNT(*) FROM (SELECT 1 AS one FROM " + meta.quotedTable
                    : "SELECT COUNT(*) FROM " + meta.quotedTable);
            case EXISTS -> text("SELECT 1 FROM " + meta.quotedTable);
            case DELETE -> text("DELETE FROM " + meta.quotedTable);
            case UPDATE -> assignments(sets);
            case JOINED -> joinedFrom();
        }
        where(q.conditions());
        if (kind == Kind.SELECT || kind == Kind.JOINED) {
            orderBy(q.orders(), orderById);
        }
        if (kind == Kind.JOINED) {
            text(", " + JOINED_ALIAS + "." + joined.targetMeta().id.quoted);
        }
        if (kind == Kind.SELECT || kind == Kind.COUNT || kind == Kind.EXISTS || kind == Kind.JOINED) {
            token(q.limit() == null ? 0 : 1);
            token(q.offset() == null ? 0 : 1);
            if (sql != null) {
                dialect.appendLimit(sql, q.limit() != null, q.offset() != null);
            }
            dialect.limitParams(params, q.limit(), q.offset());
        }
        if (kind == Kind.COUNT && paged) {
            text(") q");
        }
    }

    private void joinedFrom() {
        ModelMeta<?> t = joined.targetMeta();
        String a = JOINED_ALIAS + ".";
        text("SELECT " + qualified(meta, prefix) + ", " + qualified(t, a) + " FROM " + meta.quotedTable + " LEFT JOIN "
                + t.quotedTable + " " + JOINED_ALIAS + " ON " + a + joined.targetKey.quoted + " = " + prefix
                + joined.ownerKey.quoted);
    }

    private static String qualified(ModelMeta<?> m, String prefix) {
        return Arrays.stream(m.fields).map(f -> prefix + f.quoted).collect(java.util.stream.Collectors.joining(", "));
    }

    /** A sort key on the number of related rows. */
    private void countOrder(CountColumn<?> c, boolean descending) {
        Link link = meta.link(c.relation);
        token(13);
        token(link.index);
        token(c.where.size());
        token(descending ? 1 : 0);
        String alias = "r" + (depth + 1);
        text("(SELECT COUNT(*)" + correlated(link, alias));
        new Renderer(link.targetMeta(), this, alias).andAll(c.where, " AND ");
        text(")" + (descending ? " DESC" : ""));
    }

    /** {@code FROM related alias WHERE alias.key = outer.key}. */
    private String correlated(Link link, String alias) {
        String outer = (prefix.isEmpty() ? meta.quotedTable + "." : prefix) + link.ownerKey.quoted;
        return " FROM " + link.targetMeta().quotedTable + " " + alias + " WHERE " + alias + "." + link.targetKey.quoted + " = " + outer;
    }

    /** A condition through a relationship: a correlated subquery on the related table. */
    private void related(Related.Match<?> m) {
        Link link = meta.link(m.relation());
        token(12);
        token(link.index);
        token(m.kind().ordinal());
        token(m.where().size());
        token(m.operator() == null ? -1 : m.operator().ordinal());
        String alias = "r" + (depth + 1);
        Renderer inner = new Renderer(link.targetMeta(), this, alias);
        String from = correlated(link, alias);
        switch (m.kind()) {
            case EXISTS -> {
                text("EXISTS (SELECT 1" + from);
                inner.andAll(m.where(), " AND ");
                text(")");
            }
            case ALL -> {
                text("NOT EXISTS (SELECT 1" + from + " AND (");
                if (m.where().isEmpty()) {
                    text("1 = 1");
                }
                inner.andAll(m.where(), "");
                text(") IS NOT TRUE)");
            }
            case COUNT -> {
                text("(SELECT COUNT(*)" + from);
                inner.andAll(m.where(), " AND ");
                text(") " + m.operator().symbol() + " ?");
                params.add(m.count());
            }
        }
    }

    /** Conditions ANDed, the first preceded by {@code first}. */
    private void andAll(List<? extends Condition<?>> conditions, String first) {
        String sep = first;
        for (Condition<?> c : conditions) {
            text(sep);
            condition(c);
            sep = " AND ";
        }
    }

    private void assignments(List<? extends Assignment<?>> sets) {
        text("UPDATE " + meta.quotedTable + " SET ");
        String sep = "";
        for (Assignment<?> a : sets) {
            FieldMeta f = meta.field(a.column());
            if (f.id || f.version) {
                throw new MappingException("Bulk updates may not set the " + (f.id ? "primary key " : "version ") + f.name);
            }
            token(f.index);
            text(sep + f.quoted + " = ");
            if (a.value() instanceof Expression.Value<?, ?> v) {
                token(-2);
                text(f.placeholder);
                params.add(bind(f, v.value()));
            } else {
                expression(a.value(), f);
            }
            sep = ", ";
        }
        if (meta.version != null) {
            text(sep + meta.version.quoted + " = " + meta.version.quoted + " + 1");
        }
    }

    private void expression(Expression<?, ?> e, FieldMeta target) {
        if (e instanceof Column<?, ?> c) {
            FieldMeta f = meta.field(c);
            token(-1);
            token(f.index);
            text(f.quoted);
        } else if (e instanceof Expression.Value<?, ?> v) {
            token(-2);
            text("?");
            params.add(bind(target, v.value()));
        } else if (e instanceof Expression.Arithmetic<?, ?> a) {
            token(-3 - a.operator().ordinal());
            text("(");
            expression(a.left(), target);
            text(" " + a.operator().symbol() + " ");
            expression(a.right(), target);
            text(")");
        } else {
            throw new MappingException("Unsupported expression " + e);
        }
    }

    private void where(List<? extends Condition<?>> conditions) {
        token(conditions.size());
        String sep = " WHERE ";
        for (Condition<?> c : conditions) {
            text(sep);
            condition(c);
            sep = " AND ";
        }
    }

    private void condition(Condition<?> c) {
        if (c instanceof Condition.Compare<?> cmp) {
            FieldMeta f = field(cmp.column(), 1);
            token(cmp.operator().ordinal());
            text(column(cmp.column(), f) + " " + cmp.operator().symbol() + " ?");
            params.add(bind(f, cmp.column(), cmp.value()));
        } else if (c instanceof Condition.In<?> in) {
            in(in);
        } else if (c instanceof Condition.Between<?> b) {
            FieldMeta f = field(b.column(), 3);
            text(column(b.column(), f) + " BETWEEN ? AND ?");
            params.add(bind(f, b.column(), b.low()));
            params.add(bind(f, b.column(), b.high()));
        } else if (c instanceof Condition.NullCheck<?> n) {
            FieldMeta f = field(n.column(), n.isNull() ? 4 : 5);
            text(column(n.column(), f) + (n.isNull() ? " IS NULL" : " IS NOT NULL"));
        } else if (c instanceof Condition.Like<?> like) {
            like(like);
        } else if (c instanceof Condition.ArrayMatch<?> a) {
            arrayMatch(a);
        } else if (c instanceof Condition.Junction<?> j) {
            junction(j);
        } else if (c instanceof Related.Match<?> m) {
            related(m);
        } else if (c instanceof Condition.Not<?> not) {
            token(8);
            text("NOT (");
            condition(not.inner());
            text(")");
        } else {
            throw new MappingException("Unsupported condition " + c.getClass().getName() + " for " + meta.type.getName());
        }
    }

    private FieldMeta field(Column<?, ?> column, int nodeToken) {
        FieldMeta f = meta.field(column);
        token(nodeToken);
        token(f.index);
        return f;
    }

    private void in(Condition.In<?> in) {
        FieldMeta f = field(in.column(), in.negated() ? 6 : 2);
        token(in.values().size());
        if (in.values().isEmpty()) {
            text(in.negated() ? "1 = 1" : "1 = 0");
            return;
        }
        text(column(in.column(), f) + (in.negated() ? " NOT IN (" : " IN ("));
        String sep = "";
        for (Object v : in.values()) {
            text(sep + "?");
            params.add(bind(f, in.column(), v));
            sep = ", ";
        }
        text(")");
    }

    private void arrayMatch(Condition.ArrayMatch<?> a) {
        FieldMeta f = field(a.column(), 11);
        token(a.match().ordinal());
        if (dialect.dialect() != org.duoorm.Dialect.POSTGRESQL) {
            throw new MappingException("Array conditions need PostgreSQL, not " + dialect.dialect());
        }
        String op = switch (a.match()) {
            case CONTAINS -> " @> ?";
            case CONTAINED_BY -> " <@ ?";
            case OVERLAPS -> " && ?";
        };
        text(prefix + f.quoted + op.replace("?", "CAST(? AS " + dialect.type(f.type, f.details()) + ")"));
        params.add(a.values());
    }

    /**
     * The SQL of a column reference: the quoted column, or the text at a JSON path (whose steps are bound
     * here, before the values that follow it; its SQL depends only on how many values they bind).
     */
    private String column(Column<?, ?> column, FieldMeta f) {
        if (column instanceof JsonColumn.Path<?> path) {
            int placeholders = dialect.jsonPathPlaceholders(path.steps());
            token(placeholders);
            String sql = dialect.jsonPath(prefix + f.quoted, placeholders);
            dialect.jsonPathParams(path.steps(), params);
            return sql;
        }
        return prefix + f.quoted;
    }

    /** A condition's value: text for a JSON path, otherwise as the field binds it. */
    private static Object bind(FieldMeta f, Column<?, ?> column, Object value) {
        return column instanceof JsonColumn.Path<?> ? value : bind(f, value);
    }

    private void like(Condition.Like<?> like) {
        FieldMeta f = field(like.column(), 7);
        token(like.kind().ordinal());
        token(like.ignoreCase() ? 1 : 0);
        String ref = column(like.column(), f);
        String column = like.ignoreCase() ? "LOWER(" + ref + ")" : ref;
        String param = like.ignoreCase() ? "LOWER(?)" : "?";
        boolean literal = like.kind() != Condition.LikeKind.PATTERN;
        text(column + " LIKE " + param + (literal ? " ESCAPE '" + SqlDialect.LIKE_ESCAPE + "'" : ""));
        params.add(literal ? pattern(like.value(), like.kind()) : like.value());
    }

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

    private void junction(Condition.Junction<?> j) {
        token(j.and() ? 9 : 10);
        token(j.parts().size());
        if (j.parts().isEmpty()) {
            text(j.and() ? "1 = 1" : "1 = 0");
            return;
        }
        text("(");
        String sep = "";
        for (Condition<?> part : j.parts()) {
            text(sep);
            condition(part);
            sep = j.and() ? " AND " : " OR ";
        }
        text(")");
    }

    private void orderBy(List<? extends Order<?>> orders, boolean orderById) {
        token(orders.size());
        if (orders.isEmpty() && !orderById) {
            return;
        }
        text(" ORDER BY ");
        boolean hasId = false;
        String sep = "";
        for (Order<?> o : orders) {
            if (o.column() instanceof CountColumn<?> c) {
                text(sep);
                countOrder(c, o.descending());
                sep = ", ";
                continue;
            }
            FieldMeta f = meta.field(o.column());
            hasId |= f.id && !(o.column() instanceof JsonColumn.Path<?>);
            token(f.index);
            token(o.descending() ? 1 : 0);
            token(o.nulls().ordinal());
            text(sep);
            boolean first = o.nulls() == Order.Nulls.DEFAULT ? !o.descending() : o.nulls() == Order.Nulls.FIRST;
            boolean nativeFirst = !o.descending();
            String ref = column(o.column(), f);
            if (f.id && !(o.column() instanceof JsonColumn.Path<?>)) {
                // A primary key is never NULL, so no NULLS clause: "id NULLS FIRST" would keep PostgreSQL
                // from reading the key's index in order, sorting every matching row for an ORDER BY id LIMIT n.
                text(ref + (o.descending() ? " DESC" : ""));
            } else if (dialect.hasNullsOrdering()) {
                text(ref + (o.descending() ? " DESC" : "") + (first ? " NULLS FIRST" : " NULLS LAST"));
            } else {
                if (first != nativeFirst) {
                    text("CASE WHEN " + ref + " IS NULL THEN " + (first ? 0 : 1) + " ELSE " + (first ? 1 : 0) + " END, ");
                    dialect.jsonPathParamsAgain(o.column(), params);
                }
                text(ref + (o.descending() ? " DESC" : ""));
            }
            sep = ", ";
        }
        if (!hasId) {
            text(sep + prefix + meta.id.quoted);
        }
    }

    /** A value as bound for a field, converted first when its Java type differs (a raw condition). */
    static Object bind(FieldMeta f, Object value) {
        if (value == null) {
            return null;
        }
        return f.codec.toDb(f.type.isInstance(value) ? value : f.codec.fromDb(value));
    }
}
