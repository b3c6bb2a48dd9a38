package org.duoorm.internal.model;

import java.util.List;
import java.util.Map;

/**
 * The JSON path function H2 lacks, installed as {@value #NAME} by {@code Models.schema(db).create()} on H2
 * when a model has a JSON column, so that JSON path conditions and sort keys work there as on PostgreSQL
 * and MariaDB. H2 calls it with the column's JSON text and the path DuoORM binds ({@code $."a"."b"[0]});
 * it returns what PostgreSQL's {@code jsonb_extract_path_text} returns: a string without its quotes, a
 * number or boolean as text, an object or array as JSON text, and NULL for a JSON null or a missing path.
 * Public only because H2 calls it by name.
 */
public final class H2JsonFunctions {
    /** The SQL name of the function. */
    static final String NAME = "DUOORM_JSON_TEXT";

    /** What creates it; H2 keeps it in the database, so {@code IF NOT EXISTS} makes repeating it harmless. */
    static final String CREATE = "CREATE ALIAS IF NOT EXISTS " + NAME + " DETERMINISTIC FOR '"
            + H2JsonFunctions.class.getName() + ".text'";

    private H2JsonFunctions() {
    }

    /**
     * @param json a JSON document's text, or null
     * @param path {@code $} followed by {@code ."key"} and {@code [index]} steps, as DuoORM binds it
     * @return the text at the path, or null
     */
    public static String text(String json, String path) {
        if (json == null || path == null) {
            return null;
        }
        Object node = JsonText.read(json);
        int i = path.startsWith("$") ? 1 : 0;
        while (node != null && i < path.length()) {
            char c = path.charAt(i);
            if (c == '.' && i + 1 < path.length() && path.charAt(i + 1) == '"') {
                StringBuilder key = new StringBuilder();
                int j = i + 2;
                for (; j < path.length() && path.charAt(j) != '"'; j++) {
                    char k = path.charAt(j);
                    if (k == '\\' && j + 1 < path.length()) {
                        k = path.charAt(++j);
                    }
                    key.append(k);
                }
                node = node instanceof Map<?, ?> m ? m.get(key.toString()) : null;
                i = j + 1;
            } else if (c == '[') {
                int end = path.indexOf(']', i);
                if (end < 0) {
                    throw new IllegalArgumentException("Malformed JSON path " + path);
                }
                int index = Integer.parseInt(path.substring(i + 1, end));
                node = node instanceof List<?> l && index < l.size() ? l.get(index) : null;
                i = end + 1;
            } else {
                throw new IllegalArgumentException("Malformed JSON path " + path);
            }
        }
        if (node == null) {
            return null;
        }
        return node instanceof Map || node instanceof List ? JsonText.write(node) : node.toString();
    }
}
