package org.duoorm.internal;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.duoorm.DatabaseListener;
import org.duoorm.Mode;

/** Calls the configured listeners; a failing listener is logged and never breaks the work. */
public final class Listeners {
    private final String database;
    private final DatabaseListener[] listeners;

    public Listeners(String database, List<DatabaseListener> listeners) {
        this.database = database;
        this.listeners = listeners.toArray(new DatabaseListener[0]);
    }

    public void statement(Mode mode, String sql) {
        for (DatabaseListener l : listeners) {
            guard(() -> l.onStatement(database, mode, sql));
        }
    }

    public void acquired(Mode mode) {
        for (DatabaseListener l : listeners) {
            guard(() -> l.onConnectionAcquired(database, mode));
        }
    }

    public void released(Mode mode) {
        for (DatabaseListener l : listeners) {
            guard(() -> l.onConnectionReleased(database, mode));
        }
    }

    public void begin(Mode mode) {
        for (DatabaseListener l : listeners) {
            guard(() -> l.onBegin(database, mode));
        }
    }

    public void commit(Mode mode) {
        for (DatabaseListener l : listeners) {
            guard(() -> l.onCommit(database, mode));
        }
    }

    public void rollback(Mode mode) {
        for (DatabaseListener l : listeners) {
            guard(() -> l.onRollback(database, mode));
        }
    }

    private static void guard(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            Log.LOG.log(Level.WARNING, "DUOORM-001: a DatabaseListener failed; the work goes on", e);
        }
    }

    /** Held apart so that java.util.logging starts (several milliseconds) only when there is something to log. */
    private static final class Log {
        static final Logger LOG = Logger.getLogger("org.duoorm");
    }
}
