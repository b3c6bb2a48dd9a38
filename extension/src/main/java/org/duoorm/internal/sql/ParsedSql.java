package org.duoorm.internal.sql;

import java.util.List;
import java.util.Map;
import org.duoorm.BindParameterException;

/**
 * A statement with its placeholders found once: the text for JDBC and MySQL ({@code ?}), the text for
 * the PostgreSQL reactive client ({@code $1, $2, ...}), and the parameter names in order when the
 * statement was written with {@code :name}.
 */
public final class ParsedSql {
    private final String original;
    private final String questionMarks;
    private final String dollars;
    private final List<String> names;
    private final int count;
    private final boolean writes;

    ParsedSql(String original, String questionMarks, String dollars, List<String> names, int count, boolean writes) {
        this.original = original;
        this.questionMarks = questionMarks;
        this.dollars = dollars;
        this.names = names;
        this.count = count;
        this.writes = writes;
    }

    public String original() {
        return original;
    }

    /** The text with {@code ?} placeholders (JDBC, Vert.x MySQL). */
    public String questionMarks() {
        return questionMarks;
    }

    /** The text with {@code $n} placeholders (Vert.x PostgreSQL). */
    public String dollars() {
        return dollars;
    }

    /** Whether the statement writes, or changes the session, as {@link Writes} decides; a read-only unit of work refuses it. */
    public boolean writes() {
        return writes;
    }

    /** How many placeholders. */
    public int count() {
        return count;
    }

    /** Whether the statement uses {@code :name} placeholders. */
    public boolean named() {
        return !names.isEmpty();
    }

    /**
     * @param params positional values, not null
     * @return the values in placeholder order
     */
    public Object[] bind(Object[] params) {
        if (named()) {
            throw new BindParameterException("The statement uses named parameters (" + String.join(", ", distinctNames())
                    + "): pass a Map of values. SQL: " + original);
        }
        if (params.length != count) {
            throw new BindParameterException("The statement has " + count + " placeholder(s) but " + params.length
                    + " value(s) were given. SQL: " + original);
        }
        return params;
    }

    /**
     * @param params values by name, not null
     * @return the values in placeholder order
     */
    public Object[] bind(Map<String, ?> params) {
        if (!named() && count > 0) {
            throw new BindParameterException("The statement uses '?' placeholders: pass the values in order, not a Map. SQL: "
                    + original);
        }
        Object[] values = new Object[names.size()];
        for (int i = 0; i < values.length; i++) {
            String n = names.get(i);
            if (!params.containsKey(n)) {
                throw new BindParameterException("No value for parameter ':" + n + "'. Given: " + params.keySet()
                        + ". SQL: " + original);
            }
            values[i] = params.get(n);
        }
        for (String given : params.keySet()) {
            if (!names.contains(given)) {
                throw new BindParameterException("The statement has no parameter ':" + given + "'. It has: "
                        + distinctNames() + ". SQL: " + original);
            }
        }
        return values;
    }

    private List<String> distinctNames() {
        return names.stream().distinct().toList();
    }

    @Override
    public String toString() {
        return original;
    }
}
