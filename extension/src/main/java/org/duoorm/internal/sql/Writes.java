package org.duoorm.internal.sql;

import java.util.List;
import java.util.Set;

/**
 * Decides, from the bare words of a statement (outside literals, quoted identifiers and comments, in
 * order, upper-case), whether it writes: the one rule a read-only unit of work applies. A statement
 * writes when its first word starts a write or a schema, permission or session change; a {@code WITH}
 * statement writes when an INSERT, UPDATE, DELETE or MERGE appears in it (a data-modifying CTE or the
 * main statement), and a {@code SELECT} when it reads a data change delta table ({@code FROM FINAL TABLE (INSERT
 * ...)}, as DuoORM writes inserts on H2), except {@code FOR [NO KEY] UPDATE} locking clauses; {@code EXPLAIN ANALYZE} and
 * MariaDB's {@code ANALYZE} run the statement they explain, so they write when it does. A write hidden
 * in a function is not seen here: the database refuses it (SQL state 25006), except H2, which does
 * not enforce read-only transactions.
 */
final class Writes {
    /** First words of statements that write. SET and RESET change the session, which outlives the unit of work. */
    private static final Set<String> FIRST = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT", "REPLACE",
            "CREATE", "DROP", "ALTER", "TRUNCATE", "GRANT", "REVOKE", "RENAME", "COMMENT", "CALL", "DO", "COPY", "LOAD",
            "SET", "RESET", "REFRESH", "REINDEX", "VACUUM", "CLUSTER", "IMPORT", "OPTIMIZE", "REPAIR", "RUNSCRIPT");
    private static final Set<String> DATA_CHANGE = Set.of("INSERT", "UPDATE", "DELETE", "MERGE");
    private static final Set<String> STATEMENT = Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT",
            "REPLACE", "WITH", "VALUES");

    private Writes() {
    }

    static boolean classify(List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        String first = words.get(0);
        if (FIRST.contains(first)) {
            return true;
        }
        switch (first) {
            case "WITH": return changesData(words);
            case "SELECT":
            case "VALUES": return readsADataChange(words);
            case "EXPLAIN": return explainAnalyzeWrites(words);
            case "ANALYZE":
            case "ANALYSE": return analyzeWrites(words);
            default: return false;
        }
    }

    private static boolean changesData(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            if (DATA_CHANGE.contains(w) && !(w.equals("UPDATE") && isLockingClause(words.get(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * H2's data change delta tables, {@code SELECT ... FROM FINAL TABLE (INSERT ...)} (also {@code NEW TABLE} and
     * {@code OLD TABLE}), run the change they read from.
     */
    private static boolean readsADataChange(List<String> words) {
        for (int i = 1; i + 2 < words.size(); i++) {
            String w = words.get(i);
            if ((w.equals("FINAL") || w.equals("NEW") || w.equals("OLD")) && words.get(i + 1).equals("TABLE")
                    && DATA_CHANGE.contains(words.get(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** {@code FOR UPDATE} and {@code FOR NO KEY UPDATE} lock rows; they do not write them. */
    private static boolean isLockingClause(String before) {
        return before.equals("FOR") || before.equals("KEY");
    }

    /** {@code EXPLAIN ANALYZE statement} runs the statement; a plain EXPLAIN does not. */
    private static boolean explainAnalyzeWrites(List<String> words) {
        boolean analyze = false;
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            if (STATEMENT.contains(w)) {
                return analyze && classify(words.subList(i, words.size()));
            }
            analyze |= w.equals("ANALYZE") || w.equals("ANALYSE");
        }
        return false;
    }

    /** MariaDB's {@code ANALYZE statement} runs it; {@code ANALYZE [TABLE] t} writes statistics. */
    private static boolean analyzeWrites(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            if (STATEMENT.contains(words.get(i))) {
                return classify(words.subList(i, words.size()));
            }
        }
        return true;
    }
}
