package org.duoorm.internal.model;

import java.util.Arrays;
import java.util.List;
import org.duoorm.internal.model.SqlTree.AnyElement;
import org.duoorm.internal.model.SqlTree.ArrayLength;
import org.duoorm.internal.model.SqlTree.ArrayMatch;
import org.duoorm.internal.model.SqlTree.Arithmetic;
import org.duoorm.internal.model.SqlTree.Assign;
import org.duoorm.internal.model.SqlTree.Between;
import org.duoorm.internal.model.SqlTree.By;
import org.duoorm.internal.model.SqlTree.ByCount;
import org.duoorm.internal.model.SqlTree.Col;
import org.duoorm.internal.model.SqlTree.Compare;
import org.duoorm.internal.model.SqlTree.Cond;
import org.duoorm.internal.model.SqlTree.Constant;
import org.duoorm.internal.model.SqlTree.Delete;
import org.duoorm.internal.model.SqlTree.Expr;
import org.duoorm.internal.model.SqlTree.Form;
import org.duoorm.internal.model.SqlTree.In;
import org.duoorm.internal.model.SqlTree.Insert;
import org.duoorm.internal.model.SqlTree.JsonPath;
import org.duoorm.internal.model.SqlTree.Junction;
import org.duoorm.internal.model.SqlTree.Like;
import org.duoorm.internal.model.SqlTree.Not;
import org.duoorm.internal.model.SqlTree.NullCheck;
import org.duoorm.internal.model.SqlTree.Ref;
import org.duoorm.internal.model.SqlTree.RelatedMatch;
import org.duoorm.internal.model.SqlTree.Select;
import org.duoorm.internal.model.SqlTree.Slot;
import org.duoorm.internal.model.SqlTree.Sort;
import org.duoorm.internal.model.SqlTree.Stmt;
import org.duoorm.internal.model.SqlTree.Update;
import org.duoorm.internal.model.SqlTree.Value;
import org.duoorm.model.Condition;
import org.duoorm.model.Order;

/**
 * Writes the SQL of a {@link SqlTree} statement. It reads the tree and the metadata the tree names, and
 * nothing else: no value reaches it, so equal trees give equal SQL. Besides the text it gives the order
 * in which placeholders consume the statement's values ({@link Written#order}).
 */
final class SqlWriter {
    /** The alias of the table joined by a select's {@code joined} relationship. */
    static final String JOINED_ALIAS = "j1";

    private static final String COLUMN_MARK = "\u0001";

    /** SQL text and, for each {@code ?} in it, the index of the value it binds. */
    record Written(String sql, int[] order) {
    }

    private final SqlDialect dialect;
    private final StringBuilder sql = new StringBuilder(128);
    private int[] order = new int[8];
    private int placeholders;
    /** Qualifies column references: empty, a table name and a dot, or an alias and a dot. */
    private String prefix = "";
    private int depth;

    private SqlWriter(SqlDialect dialect) {
        this.dialect = dialect;
    }

    static Written write(Stmt statement) {
        SqlWriter w = new SqlWriter(statement.meta().dialect);
        if (statement instanceof Select s) {
            w.select(s);
        } else if (statement instanceof Update u) {
            w.update(u);
        } else if (statement instanceof Delete d) {
            w.text("DELETE FROM " + d.meta().quotedTable);
            w.where(d.where());
        } else {
            w.insert((Insert) statement);
        }
        return new Written(w.sql.toString(), Arrays.copyOf(w.order, w.placeholders));
    }

    private void text(String s) {
        sql.append(s);
    }

    /** Writes a placeholder text holding one {@code ?}, bound to the slot's value. */
    private void slot(Slot slot, String placeholder) {
        if (placeholders == order.length) {
            order = Arrays.copyOf(order, placeholders * 2);
        }
        order[placeholders++] = slot.index();
        text(placeholder);
    }

    // ---- statements ----

    private void select(Select s) {
        ModelMeta<?> meta = s.meta();
        boolean paged = s.limit() != null || s.offset() != null;
        if (s.joined() != null) {
            prefix = meta.quotedTable + ".";
            joinedFrom(meta, s.joined());
        } else {
            switch (s.form()) {
                case ROWS -> text("SELECT " + meta.selectList + " FROM " + meta.quotedTable);
                case COUNT -> text(paged ? "SELECT COUNT(*) FROM (SELECT 1 AS one FROM " + meta.quotedTable
                        : "SELECT COUNT(*) FROM " + meta.quotedTable);
                case EXISTS -> text("SELECT 1 FROM " + meta.quotedTable);
            }
        }
        where(s.where());
        if (s.form() == Form.ROWS) {
            orderBy(meta, s.orders(), s.orderById());
            if (s.joined() != null) {
                // each parent's related rows in the collection's @OrderBy order, then by their key
                String parentPrefix = prefix;
                prefix = JOINED_ALIAS + ".";
                for (Sort o : s.joined().sorts()) {
                    text(", ");
                    sortKey((By) o);
                }
                prefix = parentPrefix;
                text(", " + JOINED_ALIAS + "." + s.joined().targetMeta().id.quoted);
            }
        }
        limit(s.limit(), s.offset());
        if (s.form() == Form.COUNT && paged) {
            text(") q");
        }
    }

    private void joinedFrom(ModelMeta<?> meta, Link joined) {
        ModelMeta<?> t = joined.targetMeta();
        String a = JOINED_ALIAS + ".";
        text("SELECT " + qualified(meta, prefix) + ", " + qualified(t, a) + " FROM " + meta.quotedTable + " LEFT JOIN "
                + t.quotedTable + " " + JOINED_ALIAS + " ON " + a + joined.targetKey.quoted + " = " + prefix
                + joined.ownerKey.quoted);
    }

    private static String qualified(ModelMeta<?> m, String prefix) {
        StringBuilder out = new StringBuilder();
        for (FieldMeta f : m.fields) {
            out.append(out.length() == 0 ? "" : ", ").append(prefix).append(f.quoted);
        }
        return out.toString();
    }

    private void limit(Slot limit, Slot offset) {
        if (limit == null && offset == null) {
            return;
        }
        text(dialect.limitClause(limit != null, offset != null));
        if (dialect.offsetBeforeLimit()) {
            bindLimit(offset, limit);
        } else {
            bindLimit(limit, offset);
        }
    }

    /** The limit clause's placeholders, in the order the dialect writes them. */
    private void bindLimit(Slot first, Slot second) {
        for (Slot s : new Slot[] {first, second}) {
            if (s != null) {
                if (placeholders == order.length) {
                    order = Arrays.copyOf(order, placeholders * 2);
                }
                order[placeholders++] = s.index();
            }
        }
    }

    private void update(Update u) {
        ModelMeta<?> meta = u.meta();
        text("UPDATE " + meta.quotedTable + " SET ");
        String sep = "";
        for (Assign a : u.sets()) {
            text(sep + a.field().quoted + " = ");
            if (a.value() instanceof Value v) {
                slot(v.slot(), a.field().placeholder);
            } else {
                expression(a.value());
            }
            sep = ", ";
        }
        if (meta.version != null) {
            text(sep + meta.version.quoted + " = " + meta.version.quoted + " + 1");
        } else if (u.sets().isEmpty()) {
            // Nothing to change but the row's existence to learn from the update count.
            text(meta.id.quoted + " = " + meta.id.quoted);
        }
        where(u.where());
    }

    private void expression(Expr e) {
        if (e instanceof Col c) {
            text(c.field().quoted);
        } else if (e instanceof Value v) {
            slot(v.slot(), "?");
        } else {
            Arithmetic a = (Arithmetic) e;
            text("(");
            expression(a.left());
            text(" " + a.operator().symbol() + " ");
            expression(a.right());
            text(")");
        }
    }

    private void insert(Insert in) {
        ModelMeta<?> meta = in.meta();
        boolean returning = in.returning() && meta.dialect.returning() != SqlDialect.Returning.LAST_INSERT_ID;
        if (returning && meta.dialect.returning() == SqlDialect.Returning.FINAL_TABLE) {
            text("SELECT " + meta.selectList + " FROM FINAL TABLE (");
        }
        if (in.columns().isEmpty()) {
            text(dialect.insertDefaults(meta.quotedTable));
        } else {
            text("INSERT INTO " + meta.quotedTable + " (");
            String sep = "";
            for (FieldMeta f : in.columns()) {
                text(sep + f.quoted);
                sep = ", ";
            }
            text(") VALUES ");
            int n = 0;
            for (int r = 0; r < in.rows(); r++) {
                text(r == 0 ? "(" : ", (");
                sep = "";
                for (FieldMeta f : in.columns()) {
                    text(sep);
                    slot(new Slot(n++), f.placeholder);
                    sep = ", ";
                }
                text(")");
            }
        }
        if (returning) {
            text(meta.dialect.returning() == SqlDialect.Returning.FINAL_TABLE ? ")" : " RETURNING " + meta.selectList);
        }
    }

    // ---- conditions ----

    private void where(List<Cond> conditions) {
        String sep = " WHERE ";
        for (Cond c : conditions) {
            text(sep);
            condition(c);
            sep = " AND ";
        }
    }

    private void condition(Cond c) {
        if (c instanceof Compare cmp) {
            ref(cmp.ref());
            text(" " + cmp.operator().symbol() + " ");
            slot(cmp.value(), placeholder(cmp.ref()));
        } else if (c instanceof In in) {
            in(in);
        } else if (c instanceof Constant k) {
            text(k.value() ? "1 = 1" : "1 = 0");
        } else if (c instanceof Between b) {
            ref(b.ref());
            text(" BETWEEN ");
            slot(b.low(), placeholder(b.ref()));
            text(" AND ");
            slot(b.high(), placeholder(b.ref()));
        } else if (c instanceof NullCheck n) {
            ref(n.ref());
            text(n.isNull() ? " IS NULL" : " IS NOT NULL");
        } else if (c instanceof Like like) {
            like(like);
        } else if (c instanceof ArrayMatch a) {
            arrayMatch(a);
        } else if (c instanceof AnyElement a) {
            anyElement(a);
        } else if (c instanceof Junction j) {
            junction(j);
        } else if (c instanceof Not not) {
            text("NOT (");
            condition(not.inner());
            text(")");
        } else {
            related((RelatedMatch) c);
        }
    }

    /** The placeholder of a value compared with a reference: a column's own (casts for JSON and arrays), else {@code ?}. */
    private static String placeholder(Ref ref) {
        return ref instanceof Col c ? c.field().placeholder : "?";
    }

    private void ref(Ref ref) {
        if (ref instanceof Col c) {
            text(prefix + c.field().quoted);
        } else if (ref instanceof JsonPath p) {
            // The column stands in as a marker while the dialect's text is cut at its placeholders: a
            // quoted column name may hold a question mark itself.
            String column = prefix + p.field().quoted;
            String[] parts = dialect.jsonPath(COLUMN_MARK, p.params().size()).split("\\?", -1);
            text(parts[0].replace(COLUMN_MARK, column));
            for (int i = 0; i < p.params().size(); i++) {
                slot(p.params().get(i), "?");
                text(parts[i + 1].replace(COLUMN_MARK, column));
            }
        } else {
            text(dialect.arrayLength(prefix + ((ArrayLength) ref).field().quoted));
        }
    }

    private void in(In in) {
        ref(in.ref());
        text(in.negated() ? " NOT IN (" : " IN (");
        String placeholder = placeholder(in.ref());
        String sep = "";
        for (Slot s : in.values()) {
            text(sep);
            slot(s, placeholder);
            sep = ", ";
        }
        text(")");
    }

    private void like(Like like) {
        if (like.ignoreCase()) {
            text("LOWER(");
            ref(like.ref());
            text(") LIKE ");
            slot(like.pattern(), "LOWER(?)");
        } else {
            ref(like.ref());
            text(" LIKE ");
            slot(like.pattern(), "?");
        }
        if (like.escaped()) {
            text(" ESCAPE '" + SqlDialect.LIKE_ESCAPE + "'");
        }
    }

    private void arrayMatch(ArrayMatch a) {
        String op = switch (a.match()) {
            case CONTAINS -> " @> ";
            case CONTAINED_BY -> " <@ ";
            case OVERLAPS -> " && ";
        };
        text(prefix + a.field().quoted + op);
        slot(a.values(), a.field().placeholder);
    }

    /** {@code value op' ANY(column)}: the operator turned around, as the value stands on its left. */
    private void anyElement(AnyElement a) {
        slot(a.value(), "CAST(? AS " + dialect.arrayElementType(a.field()) + ")");
        text(" " + flipped(a.operator()).symbol() + " ANY(" + prefix + a.field().quoted + ")");
    }

    private static Condition.Operator flipped(Condition.Operator op) {
        return switch (op) {
            case LT -> Condition.Operator.GT;
            case LE -> Condition.Operator.GE;
            case GT -> Condition.Operator.LT;
            case GE -> Condition.Operator.LE;
            default -> op;
        };
    }

    private void junction(Junction j) {
        text("(");
        String sep = "";
        for (Cond part : j.parts()) {
            text(sep);
            condition(part);
            sep = j.and() ? " AND " : " OR ";
        }
        text(")");
    }

    /** A condition through a relationship: a correlated subquery on the related table. */
    private void related(RelatedMatch m) {
        String from = correlated(m.link());
        switch (m.kind()) {
            case EXISTS -> {
                text("EXISTS (SELECT 1" + from);
                inner(m.where(), " AND ");
                text(")");
            }
            case ALL -> {
                text("NOT EXISTS (SELECT 1" + from + " AND (");
                if (m.where().isEmpty()) {
                    text("1 = 1");
                }
                inner(m.where(), "");
                text(") IS NOT TRUE)");
            }
            case COUNT -> {
                text("(SELECT COUNT(*)" + from);
                inner(m.where(), " AND ");
                text(") " + m.operator().symbol() + " ");
                slot(m.count(), "?");
            }
        }
    }

    /** {@code FROM related alias WHERE alias.key = outer.key}; the alias is the next level's. */
    private String correlated(Link link) {
        String outer = (prefix.isEmpty() ? link.owner.quotedTable + "." : prefix) + link.ownerKey.quoted;
        String alias = "r" + (depth + 1);
        return " FROM " + link.targetMeta().quotedTable + " " + alias + " WHERE " + alias + "." + link.targetKey.quoted
                + " = " + outer;
    }

    /** Conditions on the related rows of a subquery, ANDed, the first preceded by {@code first}. */
    private void inner(List<Cond> conditions, String first) {
        String outerPrefix = prefix;
        depth++;
        prefix = "r" + depth + ".";
        String sep = first;
        for (Cond c : conditions) {
            text(sep);
            condition(c);
            sep = " AND ";
        }
        depth--;
        prefix = outerPrefix;
    }

    // ---- order ----

    private void orderBy(ModelMeta<?> meta, List<Sort> orders, boolean orderById) {
        if (orders.isEmpty() && !orderById) {
            return;
        }
        text(" ORDER BY ");
        boolean hasId = false;
        String sep = "";
        for (Sort o : orders) {
            text(sep);
            sep = ", ";
            if (o instanceof ByCount c) {
                text("(SELECT COUNT(*)" + correlated(c.link()));
                inner(c.where(), " AND ");
                text(")" + (c.descending() ? " DESC" : ""));
            } else {
                hasId |= sortKey((By) o);
            }
        }
        if (!hasId) {
            text(sep + prefix + meta.id.quoted);
        }
    }

    /** @return whether the key is the primary key itself */
    private boolean sortKey(By o) {
        boolean id = o.ref() instanceof Col c && c.field().id;
        String desc = o.descending() ? " DESC" : "";
        if (id) {
            // A primary key is never NULL, so no NULLS clause: "id NULLS FIRST" would keep PostgreSQL
            // from reading the key's index in order, sorting every matching row for an ORDER BY id LIMIT n.
            ref(o.ref());
            text(desc);
            return true;
        }
        boolean first = o.nulls() == Order.Nulls.DEFAULT ? !o.descending() : o.nulls() == Order.Nulls.FIRST;
        if (dialect.hasNullsOrdering()) {
            ref(o.ref());
            text(desc + (first ? " NULLS FIRST" : " NULLS LAST"));
        } else {
            if (first == o.descending()) {
                // NULLs sort as the smallest values here: a CASE puts them where they were asked for.
                text("CASE WHEN ");
                ref(o.ref());
                text(" IS NULL THEN " + (first ? 0 : 1) + " ELSE " + (first ? 1 : 0) + " END, ");
            }
            ref(o.ref());
            text(desc);
        }
        return false;
    }

}
