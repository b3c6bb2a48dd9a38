package org.duoorm.internal.model;

import java.util.List;
import org.duoorm.model.ArrayColumn;
import org.duoorm.model.Condition;
import org.duoorm.model.Expression;
import org.duoorm.model.Order;
import org.duoorm.model.Related;

/**
 * The statement tree: immutable records with structural equality, holding everything the SQL text
 * depends on and no bound value (a value is a {@link Slot}, the index of its value in the statement's
 * values). {@link SqlWriter} reads nothing else, so the SQL is a function of the tree alone and the tree
 * is a complete cache key by construction ({@link StatementCache}).
 *
 * <p>Metadata objects ({@link ModelMeta}, {@link FieldMeta}, {@link Link}) take part by identity: each
 * belongs to one model on one database.
 */
final class SqlTree {
    private SqlTree() {
    }

    /** A bound value: its index in the statement's values. */
    record Slot(int index) {
    }

    /** Something read from a row. */
    sealed interface Ref permits Col, JsonPath, ArrayLength {
    }

    /** A mapped column. */
    record Col(FieldMeta field) implements Ref, Expr {
    }

    /**
     * The text at a path inside a JSON column; {@code params} are the path's bound values, one per
     * placeholder of the dialect's path expression ({@link SqlDialect#jsonPath}).
     */
    record JsonPath(FieldMeta field, List<Slot> params) implements Ref {
    }

    /** The number of elements of an array column. */
    record ArrayLength(FieldMeta field) implements Ref {
    }

    /** A condition. */
    sealed interface Cond permits Compare, In, Constant, Between, NullCheck, Like, ArrayMatch, AnyElement, Junction, Not,
            RelatedMatch {
    }

    /** {@code ref op value}. */
    record Compare(Ref ref, Condition.Operator operator, Slot value) implements Cond {
    }

    /** {@code ref [NOT] IN (values)}, never empty (an empty list is a {@link Constant}). */
    record In(Ref ref, boolean negated, List<Slot> values) implements Cond {
    }

    /** Always true or always false. */
    record Constant(boolean value) implements Cond {
    }

    record Between(Ref ref, Slot low, Slot high) implements Cond {
    }

    record NullCheck(Ref ref, boolean isNull) implements Cond {
    }

    /** A LIKE; {@code escaped} when the pattern was escaped by DuoORM (literal text). */
    record Like(Ref ref, Slot pattern, boolean escaped, boolean ignoreCase) implements Cond {
    }

    /** Array containment: the values are bound as one array. */
    record ArrayMatch(FieldMeta field, ArrayColumn.Match match, Slot values) implements Cond {
    }

    /** Some element of an array column compares with a value. */
    record AnyElement(FieldMeta field, Condition.Operator operator, Slot value) implements Cond {
    }

    record Junction(boolean and, List<Cond> parts) implements Cond {
    }

    record Not(Cond inner) implements Cond {
    }

    /** A condition through a relationship, on the related rows; {@code count} only for {@link Related.Kind#COUNT}. */
    record RelatedMatch(Link link, Related.Kind kind, Condition.Operator operator, Slot count, List<Cond> where)
            implements Cond {
    }

    /** A sort key. */
    sealed interface Sort permits By, ByCount {
    }

    record By(Ref ref, boolean descending, Order.Nulls nulls) implements Sort {
    }

    /** By the number of related rows matching {@code where}. */
    record ByCount(Link link, List<Cond> where, boolean descending) implements Sort {
    }

    /** A value computed in an update. */
    sealed interface Expr permits Col, Value, Arithmetic {
    }

    record Value(Slot slot) implements Expr {
    }

    record Arithmetic(Expr left, Expression.Operator operator, Expr right) implements Expr {
    }

    /** {@code field = value} in an update. */
    record Assign(FieldMeta field, Expr value) {
    }

    /** A whole statement. */
    sealed interface Stmt permits Select, Update, Delete, Insert {
        ModelMeta<?> meta();
    }

    /** What a select returns. */
    enum Form {
        /** The model's columns ({@link ModelMeta#selectList}), then the joined model's when there is one. */
        ROWS,
        /** One row, the number of matching rows. */
        COUNT,
        /** A row when one matches. */
        EXISTS
    }

    /**
     * A select; {@code orderById} adds the primary key as the last sort key (stable paging and streams);
     * {@code joined} loads a relationship in the same statement (LEFT JOIN), or null.
     */
    record Select(ModelMeta<?> meta, Form form, List<Cond> where, List<Sort> orders, boolean orderById, Slot limit,
            Slot offset, Link joined) implements Stmt {
    }

    /** An update; it also increments the model's version column when it has one. */
    record Update(ModelMeta<?> meta, List<Assign> sets, List<Cond> where) implements Stmt {
    }

    record Delete(ModelMeta<?> meta, List<Cond> where) implements Stmt {
    }

    /**
     * An insert of {@code rows} rows of {@code columns} (an empty list inserts the defaults), its values
     * bound row by row in column order; {@code returning} reads the rows back in the same statement.
     */
    record Insert(ModelMeta<?> meta, List<FieldMeta> columns, int rows, boolean returning) implements Stmt {
    }
}
