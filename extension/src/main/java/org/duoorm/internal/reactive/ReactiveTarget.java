package org.duoorm.internal.reactive;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.function.Function;
import org.duoorm.Row;
import org.duoorm.internal.sql.ParsedSql;

/** Where a reactive statement runs: a unit of work's connection, or a connection of its own. */
public interface ReactiveTarget {
    /** Runs the statement {@code sql} through {@code op} on a client. */
    <T> Uni<T> run(ParsedSql sql, Function<RClient, Uni<T>> op);

    Multi<Row> stream(ParsedSql sql, Object[] params, int fetchSize);
}
