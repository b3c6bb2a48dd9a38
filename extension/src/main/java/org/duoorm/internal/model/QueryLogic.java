package org.duoorm.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duoorm.MultipleResultsException;
import org.duoorm.NotFoundException;
import org.duoorm.Row;
import org.duoorm.ValidationException;
import org.duoorm.model.Assignment;
import org.duoorm.model.Column;
import org.duoorm.model.Expression;
import org.duoorm.model.FilterRequiredException;
import org.duoorm.model.Order;

/** What the blocking and the reactive query share: checks, argument parsing and result shaping. */
final class QueryLogic {
    static final int DEFAULT_FETCH_SIZE = 100;

    private QueryLogic() {
    }

    /** Sort keys from user input ({@code "-age"}), each checked against the metadata. */
    static <T> List<Order<T>> orders(ModelMeta<T> meta, String... keys) {
        if (keys == null) {
            throw new org.duoorm.InvalidArgumentException("keys must not be null");
        }
        List<Order<T>> out = new ArrayList<>(keys.length);
        for (String key : keys) {
            if (key == null || key.isBlank() || key.equals("-") || key.equals("+")) {
                throw new ValidationException(List.of("Empty sort key for " + meta.type.getSimpleName()));
            }
            boolean desc = key.startsWith("-");
            String name = desc || key.startsWith("+") ? key.substring(1) : key;
            Column<T, ?> column = column(meta, meta.fieldByKey(name.trim(), "sort key"));
            out.add(desc ? column.desc() : column.asc());
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T> Column<T, Object> column(ModelMeta<T> meta, FieldMeta f) {
        return new Column(meta.type, f.name, f.type);
    }

    /** Bulk writes need a filter (or an explicit whole-table permission) and take no paging. */
    static void checkBulk(ModelMeta<?> meta, QuerySpec<?> spec, String operation) {
        if (spec.limit() != null || spec.offset() != null || !spec.orders().isEmpty()) {
            throw new IllegalStateException(operation + " on " + meta.type.getSimpleName()
                    + " does not take limit, offset or orderBy; filter with where(...)");
        }
        if (spec.conditions().isEmpty() && !spec.wholeTable()) {
            throw new FilterRequiredException(operation + " on " + meta.type.getSimpleName()
                    + " has no condition and would touch the whole table; add where(...) or call wholeTable() to mean it");
        }
    }

    static void checkAssignments(List<?> assignments) {
        if (assignments == null || assignments.isEmpty()) {
            throw new org.duoorm.InvalidArgumentException("updateBulk needs at least one assignment");
        }
    }

    /** Assignments from a map of values, under the mass-assignment rules. */
    static <T> List<Assignment<T>> assignments(ModelMeta<T> meta, Map<String, ?> values) {
        checkValues(values);
        List<String> violations = new ArrayList<>();
        List<Assignment<T>> out = new ArrayList<>();
        for (Map.Entry<String, ?> e : values.entrySet()) {
            FieldMeta f = Payloads.check(meta, e.getKey(), Payloads.Purpose.UPDATE, violations);
            if (f != null) {
                Object v = Payloads.convert(f, e.getValue(), violations);
                if (v == null && e.getValue() == null && f.primitive) {
                    violations.add(f.name + ": may not be null");
                }
                out.add(new Assignment<>(column(meta, f), new Expression.Value<T, Object>(v)));
            }
        }
        if (violations.isEmpty()) {
            for (Assignment<T> a : out) {
                BeanValidation.checkValue(meta.type, a.column().field(), ((Expression.Value<?, ?>) a.value()).value(), violations);
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return out;
    }

    static void checkValues(Map<String, ?> values) {
        if (values == null || values.isEmpty()) {
            throw new org.duoorm.InvalidArgumentException("updateBulk needs at least one value");
        }
    }

    static <T> List<T> map(ModelMeta<T> meta, List<Row> rows) {
        List<T> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(meta.map(r));
        }
        return out;
    }

    static <T> T one(ModelMeta<T> meta, List<Row> rows) {
        if (rows.isEmpty()) {
            throw new NotFoundException("No " + meta.type.getSimpleName() + " matches the query");
        }
        if (rows.size() > 1) {
            throw new MultipleResultsException("More than one " + meta.type.getSimpleName() + " matches the query");
        }
        return meta.map(rows.get(0));
    }

    static <T> T single(ModelMeta<T> meta, List<T> found) {
        if (found.isEmpty()) {
            throw new NotFoundException("No " + meta.type.getSimpleName() + " matches the query");
        }
        if (found.size() > 1) {
            throw new MultipleResultsException("More than one " + meta.type.getSimpleName() + " matches the query");
        }
        return found.get(0);
    }

    /** Streams map rows one by one, so they load no relationships. */
    static void checkStreamable(ModelMeta<?> meta, QuerySpec<?> spec) {
        if (!spec.related().isEmpty()) {
            throw new org.duoorm.InvalidArgumentException("iterate() on " + meta.type.getSimpleName() + " streams rows one by one and "
                    + "cannot load relationships; use all(), first(), one() or page() with related(...)");
        }
    }

    static <T> QuerySpec<T> page(QuerySpec<T> spec, int number, int size) {
        if (number < 1 || size < 1) {
            throw new org.duoorm.InvalidArgumentException("page number and size start at 1, were " + number + " and " + size);
        }
        return spec.limit(size).offset((long) (number - 1) * size);
    }

    static <T> QuerySpec<T> unpaged(QuerySpec<T> spec) {
        return new QuerySpec<>(spec.conditions(), List.of(), null, null, spec.wholeTable());
    }

    static void checkSize(int n, String what) {
        if (n < 1) {
            throw new org.duoorm.InvalidArgumentException(what + " must be at least 1, was " + n);
        }
    }
}
