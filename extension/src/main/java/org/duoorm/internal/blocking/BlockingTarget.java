package org.duoorm.internal.blocking;

import java.sql.Connection;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.duoorm.Row;
import org.duoorm.internal.sql.ParsedSql;

/** Where a blocking statement runs: a connection of its own, a unit of work's, or a standalone session's. */
public interface BlockingTarget {
    /** Runs the statement's work on a connection and gives the connection back as the target requires. */
    <T> T apply(ParsedSql sql, Function<Connection, T> work);

    /** @return the time limit its statements are stopped at, or null for none */
    default org.duoorm.internal.tx.Deadline deadline() {
        return null;
    }

    /** Opens a cursor on a connection that is not in auto-commit mode. */
    Stream<Row> stream(ParsedSql sql, Cursor cursor);

    /** Opens a cursor on a connection. */
    @FunctionalInterface
    interface Cursor {
        /**
         * @param onFailure told when reading the cursor fails
         * @param onClose runs once when the stream is closed, giving the connection back as the target requires
         */
        Stream<Row> open(Connection c, Consumer<Throwable> onFailure, Runnable onClose);
    }
}
