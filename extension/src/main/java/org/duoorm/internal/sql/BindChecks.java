package org.duoorm.internal.sql;

import org.duoorm.BindParameterException;
import org.duoorm.Dialect;

/**
 * Refuses, before any driver sees them, the values a driver would silently change or splice into the
 * statement text. Messages name the parameter, never its value (values may be secrets).
 */
public final class BindChecks {
    private BindChecks() {
    }

    /** PostgreSQL's wire protocol and MariaDB's prepared statements count parameters in 16 bits. */
    public static final int MAX_PARAMETERS = 65535;

    /**
     * Refuses more parameters than the database's protocol carries, in both engines alike (MariaDB's blocking driver
     * would inline them into the text, its reactive one cannot), before anything is sent.
     *
     * @param dialect the database's dialect
     * @param count the number of parameters of one execution
     * @throws BindParameterException when the database cannot take that many
     */
    public static void count(Dialect dialect, int count) {
        if (count > MAX_PARAMETERS && dialect != Dialect.H2 && dialect != Dialect.SQLITE) {
            throw new BindParameterException("The statement has " + count + " bind parameters; " + dialect + " takes at most "
                    + MAX_PARAMETERS + " in one statement (its protocol counts them in 16 bits), so nothing was sent. "
                    + "Split the values over several statements"
                    + (dialect == Dialect.POSTGRESQL ? ", or pass them as one array parameter (= any(?))." : "."));
        }
    }

    /**
     * @param dialect the database's dialect
     * @param position the parameter's position, from 1
     * @param value the value to bind, may be null
     * @throws BindParameterException when the value cannot be sent unchanged
     */
    public static void check(Dialect dialect, int position, Object value) {
        if (value instanceof String) {
            text(position, (String) value);
        } else if (value instanceof Character) {
            text(position, value.toString());
        } else if ((value instanceof Double || value instanceof Float) && !Double.isFinite(((Number) value).doubleValue())
                && (dialect == Dialect.MYSQL || dialect == Dialect.MARIADB)) {
            // The JDBC driver renders these as the bare words NaN / Infinity, which the server reads as column names.
            throw new BindParameterException("Parameter " + position + " is " + value + ", which " + dialect
                    + " cannot store. Store NULL or a finite number instead.");
        }
    }

    /** Encoding an unpaired surrogate to UTF-8 silently turns it into '?'. */
    private static void text(int position, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new BindParameterException("Parameter " + position + " is text with an unpaired UTF-16 surrogate "
                        + String.format("(\\u%04X) at index %d", (int) c, i) + ", which no database can store unchanged "
                        + "(it would become '?'). Repair or drop that character before binding the value.");
            }
        }
    }
}
