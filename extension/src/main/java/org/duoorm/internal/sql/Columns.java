package org.duoorm.internal.sql;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The column labels of one result, looked up ignoring case. Most results have a handful of columns and
 * one or a few rows, for which a scan beats building maps; wide results get a map on first lookup.
 */
public final class Columns {
    private static final int SCAN_LIMIT = 12;

    private final List<String> labels;
    private final String[] names;
    private volatile Map<String, Integer> folded;

    public Columns(List<String> labels) {
        this.labels = List.copyOf(labels);
        this.names = this.labels.toArray(new String[0]);
    }

    public List<String> labels() {
        return labels;
    }

    int indexOf(String column) {
        int i = names.length <= SCAN_LIMIT ? scan(column) : mapped(column);
        if (i < 0) {
            throw new org.duoorm.InvalidArgumentException("The row has no column '" + column + "'. Columns: " + labels);
        }
        return i;
    }

    private int scan(String column) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(column)) {
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }

    private int mapped(String column) {
        Map<String, Integer> m = folded;
        if (m == null) {
            m = new HashMap<>();
            for (int i = names.length - 1; i >= 0; i--) {
                m.put(names[i].toLowerCase(Locale.ROOT), i);
            }
            folded = m;
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(column)) {
                return i;
            }
        }
        Integer i = m.get(column.toLowerCase(Locale.ROOT));
        return i == null ? -1 : i;
    }
}
