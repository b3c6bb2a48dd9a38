package org.duoorm.internal.blocking;

import java.sql.Connection;
import java.util.function.Function;

/** Where a blocking statement runs: a connection of its own, a unit of work's, or a standalone session's. */
public interface BlockingTarget {
    /** Runs the work on a connection and gives the connection back as the target requires. */
    <T> T apply(Function<Connection, T> work);

    /**
     * Opens a stream on a connection that is not in auto-commit mode; the returned stream's close
     * handler gives the connection back.
     */
    <T> T stream(Function<Connection, T> open, java.util.function.Consumer<Runnable> onClose);
}
