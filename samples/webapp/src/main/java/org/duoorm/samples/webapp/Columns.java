package org.duoorm.samples.webapp;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.duoorm.Row;

/** Rows as maps keyed by lower-case column names: H2 reports names in upper case, the others in lower case. */
final class Columns {
    private Columns() {
    }

    static Map<String, Object> byLowerCaseName(Row row) {
        Map<String, Object> map = new LinkedHashMap<>();
        row.toMap().forEach((column, value) -> map.put(column.toLowerCase(Locale.ROOT), value));
        return map;
    }
}
