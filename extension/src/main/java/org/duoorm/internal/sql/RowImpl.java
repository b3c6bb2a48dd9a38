package org.duoorm.internal.sql;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duoorm.Row;

/** A row of normalized values sharing one {@link Columns} index with the other rows of its result. */
public final class RowImpl implements Row {
    private final Columns columns;
    private final Object[] values;

    public RowImpl(Columns columns, Object[] values) {
        this.columns = columns;
        this.values = values;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public List<String> columns() {
        return columns.labels();
    }

    @Override
    public Object get(int index) {
        if (index < 0 || index >= values.length) {
            throw new org.duoorm.InvalidArgumentException("Column index " + index + " is outside 0.." + (values.length - 1));
        }
        return values[index];
    }

    @Override
    public Object get(String column) {
        return values[columns.indexOf(column)];
    }

    @Override
    public <T> T get(String column, Class<T> type) {
        return Values.convert(get(column), type, column);
    }

    @Override
    public <T> T get(int index, Class<T> type) {
        return Values.convert(get(index), type, columns.labels().get(index));
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(columns.labels().get(i), values[i]);
        }
        return Collections.unmodifiableMap(m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowImpl && ((RowImpl) o).columns.labels().equals(columns.labels())
                && Arrays.deepEquals(((RowImpl) o).values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(values);
    }

    @Override
    public String toString() {
        return "Row" + toMap();
    }
}
