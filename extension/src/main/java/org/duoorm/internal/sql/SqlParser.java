package org.duoorm.internal.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.duoorm.BindParameterException;

/**
 * Finds {@code ?} and {@code :name} placeholders outside string literals, quoted identifiers,
 * comments and PostgreSQL dollar-quoted strings, so that one way of writing parameters works with
 * every driver. {@code ::} (a PostgreSQL cast) is left alone and {@code ??} stands for a literal
 * {@code ?} (for PostgreSQL's JSON operators). The bare words found on the way decide whether the
 * statement writes ({@link Writes}). Results are cached per SQL text.
 */
public final class SqlParser {
    private static final int CACHE_LIMIT = 4096;
    private static final ConcurrentHashMap<String, ParsedSql> STANDARD = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, ParsedSql> BACKSLASH = new ConcurrentHashMap<>();

    private SqlParser() {
    }

    /**
     * @param sql the statement, not null
     * @param backslashEscapes whether {@code \'} escapes a quote inside a literal (MySQL, MariaDB)
     * @return the parsed statement, cached
     */
    public static ParsedSql parse(String sql, boolean backslashEscapes) {
        ConcurrentHashMap<String, ParsedSql> cache = backslashEscapes ? BACKSLASH : STANDARD;
        ParsedSql p = cache.get(sql);
        if (p == null) {
            p = new Scan(sql, backslashEscapes).run();
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(sql, p);
        }
        return p;
    }

    private static final class Scan {
        private final String sql;
        private final boolean backslashEscapes;
        private final StringBuilder q = new StringBuilder();
        private final StringBuilder d = new StringBuilder();
        private final List<String> names = new ArrayList<>();
        private final List<String> words = new ArrayList<>();
        private int count;
        private boolean positional;
        private int i;

        Scan(String sql, boolean backslashEscapes) {
            this.sql = sql;
            this.backslashEscapes = backslashEscapes;
        }

        ParsedSql run() {
            int n = sql.length();
            while (i < n) {
                char c = sql.charAt(i);
                if (c == '\'' || c == '"' || c == '`') {
                    copyQuoted(c);
                } else if (c == '-' && peek(1) == '-') {
                    copyUntil("\n");
                } else if (c == '/' && peek(1) == '*') {
                    copyUntil("*/");
                } else if (c == '$' && dollarTag() != null) {
                    copyDollarQuoted(dollarTag());
                } else if (c == '?') {
                    question();
                } else if (c == ':' && peek(1) == ':') {
                    both("::");
                    i += 2;
                } else if (c == ':' && Character.isJavaIdentifierStart(peek(1)) && peekBack() != ':') {
                    named();
                } else if (isWordStart(c) && !isWordPart(peekBack()) && peekBack() != '$') {
                    word();
                } else {
                    both(c);
                    i++;
                }
            }
            if (positional && !names.isEmpty()) {
                throw new BindParameterException("The statement mixes '?' and ':name' placeholders; use one style. SQL: " + sql);
            }
            return new ParsedSql(sql, q.toString(), d.toString(), List.copyOf(names), count, Writes.classify(words));
        }

        /** A bare word (keyword or unquoted identifier), kept upper-case for {@link Writes}. */
        private void word() {
            int end = i + 1;
            while (end < sql.length() && isWordPart(sql.charAt(end))) {
                end++;
            }
            String w = sql.substring(i, end);
            words.add(w.toUpperCase(java.util.Locale.ROOT));
            both(w);
            i = end;
        }

        private static boolean isWordStart(char c) {
            return Character.isLetter(c) || c == '_';
        }

        private static boolean isWordPart(char c) {
            return Character.isLetterOrDigit(c) || c == '_';
        }

        private void question() {
            if (peek(1) == '?') {
                both('?');
                i += 2;
                return;
            }
            positional = true;
            count++;
            q.append('?');
            d.append('$').append(count);
            i++;
        }

        private void named() {
            int start = i + 1;
            int end = start;
            while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                end++;
            }
            names.add(sql.substring(start, end));
            count++;
            q.append('?');
            d.append('$').append(count);
            i = end;
        }

        private void copyQuoted(char quote) {
            int end = i + 1;
            while (end < sql.length()) {
                if (sql.charAt(end) == quote) {
                    if (end + 1 < sql.length() && sql.charAt(end + 1) == quote) {
                        end += 2;
                        continue;
                    }
                    break;
                }
                if (backslashEscapes && quote == '\'' && sql.charAt(end) == '\\' && end + 1 < sql.length()) {
                    // MySQL and MariaDB honour backslash escapes in string literals by default.
                    end += 2;
                    continue;
                }
                end++;
            }
            both(sql.substring(i, Math.min(end + 1, sql.length())));
            i = end + 1;
        }

        private void copyUntil(String terminator) {
            int end = sql.indexOf(terminator, i + 2);
            int stop = end < 0 ? sql.length() : end + terminator.length();
            both(sql.substring(i, stop));
            i = stop;
        }

        private String dollarTag() {
            int end = i + 1;
            while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                end++;
            }
            if (end < sql.length() && sql.charAt(end) == '$' && (end == i + 1 || !Character.isDigit(sql.charAt(i + 1)))) {
                return sql.substring(i, end + 1);
            }
            return null;
        }

        private void copyDollarQuoted(String tag) {
            int end = sql.indexOf(tag, i + tag.length());
            int stop = end < 0 ? sql.length() : end + tag.length();
            both(sql.substring(i, stop));
            i = stop;
        }

        private char peek(int ahead) {
            int k = i + ahead;
            return k < sql.length() ? sql.charAt(k) : '\0';
        }

        private char peekBack() {
            return i > 0 ? sql.charAt(i - 1) : '\0';
        }

        private void both(char c) {
            q.append(c);
            d.append(c);
        }

        private void both(String s) {
            q.append(s);
            d.append(s);
        }
    }
}
