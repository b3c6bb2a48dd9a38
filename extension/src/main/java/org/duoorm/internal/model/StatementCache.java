package org.duoorm.internal.model;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.duoorm.internal.model.SqlTree.Stmt;

/**
 * The SQL of statement trees, written once per distinct tree and kept in a bounded cache (one per
 * database). The key is the tree itself: {@link SqlWriter} reads nothing but the tree, so a tree equal to
 * a cached one has the same SQL, whatever its values. Size 0 writes every statement afresh.
 */
final class StatementCache {
    private final Cache<Stmt, SqlWriter.Written> cache;

    StatementCache(int maximumSize) {
        this.cache = maximumSize == 0 ? null : Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    /** The statement of a tree with its values, in the order its placeholders take them. */
    Statement statement(Stmt tree, Object[] values) {
        SqlWriter.Written w = cache == null ? SqlWriter.write(tree) : cache.get(tree, SqlWriter::write);
        return new Statement(w.sql(), params(w.order(), values));
    }

    private static Object[] params(int[] order, Object[] values) {
        boolean same = order.length == values.length;
        for (int i = 0; same && i < order.length; i++) {
            same = order[i] == i;
        }
        if (same) {
            return values;
        }
        Object[] params = new Object[order.length];
        for (int i = 0; i < order.length; i++) {
            params[i] = values[order[i]];
        }
        return params;
    }

    /** Statements written and kept right now (for tests and diagnostics). */
    long size() {
        return cache == null ? 0 : cache.estimatedSize();
    }
}
