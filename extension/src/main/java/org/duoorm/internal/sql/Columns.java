package org.duoorm.internal.sql;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The column labels of one result, with a case-insensitive index built once per result. */
public final class Columns {
    private final List<String> labels;
    private final Map<String, Integer> exact = new HashMap<>();
    private final Map<String, Integer> folded = new HashMap<>();

    public Columns(List<String> labels) {
        this.labels = List.copyOf(labels);
        for (int i = labels.size() - 1; i >= 0; i--) {
            exact.put(labels.get(i), i);
            folded.put(labels.get(i).toLowerCase(Locale.ROOT), i);
        }
    }

    public List<String> labels() {
        return labels;
    }

    int indexOf(String column) {
        Integer i = exact.get(column);
        if (i == null) {
            i = folded.get(column.toLowerCase(Locale.ROOT));
        }
        if (i == null) {
            throw new IllegalArgumentException("The row has no column '" + column + "'. Columns: " + labels);
        }
        return i;
    }
}
