package org.duoorm.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.duoorm.internal.tx.Deadline;

/**
 * Stops blocking JDBC work at its unit of work's time limit. At the limit the statement is cancelled (PostgreSQL's
 * cancel request, MariaDB's {@code KILL QUERY}, H2's own cancel), which ends it within milliseconds on a server that
 * answers. A server or network that stops answering answers no cancel either, and a blocked read would wait for ever:
 * over the network (PostgreSQL, MariaDB, MySQL) the socket also gets a read timeout of the time left plus
 * {@link #GRACE_MILLIS} (just the time left for BEGIN's round trips, which have no statement to cancel). When it
 * fires, the driver closes the connection and reports it unusable (SQL state 08), so the pool closes it too. Neither
 * {@code Connection.abort} nor a cancel can do this: both open a new connection to the server (MariaDB's abort sends
 * {@code KILL} first), which a stalled network holds as well.
 *
 * <p>H2 looks for a cancel about once a second while a statement waits for a lock, so a cancel alone ends a lock wait
 * up to a second late. On H2 the session's {@code LOCK_TIMEOUT} is also set to the time left (plus
 * {@link #H2_LOCK_MARGIN_MILLIS}, so that the wait ends after the limit and is reported as the unit's timeout) for
 * the statement, and set back after it.
 *
 * <p>Cancels run on their own threads: a cancel opens a connection to the server and may wait for it (pgjdbc waits
 * up to its {@code cancelSignalTimeout}), which must not hold up the timer that stops other units of work.
 */
public final class Watchdog {
    /** How long a cancelled statement may take to return before its connection's read times out. */
    static final long GRACE_MILLIS = 2000;
    /** How long after the limit an H2 lock wait ends. */
    static final long H2_LOCK_MARGIN_MILLIS = 20;

    /** How the connection reaches its database, which decides what, besides a cancel, stops a statement. */
    public enum Reach {
        /** Over a socket (PostgreSQL, MariaDB, MySQL): a read timeout too. */
        NETWORK,
        /** Embedded H2: its lock timeout too. */
        H2,
        /** Anything else: the cancel alone. */
        EMBEDDED
    }

    /** Fires at time limits; its one thread ends when idle, so nothing outlives use. */
    private static final ScheduledThreadPoolExecutor TIMER = timer();
    /** Runs cancels; its threads end when idle. */
    private static final ExecutorService STOPPERS = stoppers();

    private final Connection connection;
    private final ScheduledFuture<?> cancel;
    /** The read timeout to restore, or -1 when none was set. */
    private final int restore;
    /** H2's lock timeout to restore, or -1 when none was set. */
    private final long restoreLockTimeout;

    private Watchdog(Connection connection, ScheduledFuture<?> cancel, int restore, long restoreLockTimeout) {
        this.connection = connection;
        this.cancel = cancel;
        this.restore = restore;
        this.restoreLockTimeout = restoreLockTimeout;
    }

    /**
     * Arms the stop of {@code ps} (null: of BEGIN's round trips on {@code c}) at {@code limit}.
     *
     * @param limit null for none
     * @param reach how {@code c} reaches its database
     * @return what to disarm once the work is done, or null for no limit
     * @throws RuntimeException the limit's failure, when it has already passed
     */
    public static Watchdog arm(Connection c, Statement ps, Deadline limit, Reach reach) throws SQLException {
        if (limit == null) {
            return null;
        }
        long left = limit.nanos() - System.nanoTime();
        if (left <= 0) {
            throw limit.timedOut();
        }
        int restore = -1;
        long restoreLockTimeout = -1;
        if (reach == Reach.H2 && ps != null) {
            try (Statement s = c.createStatement()) {
                try (java.sql.ResultSet rs = s.executeQuery("SELECT LOCK_TIMEOUT()")) {
                    restoreLockTimeout = rs.next() ? rs.getLong(1) : -1;
                }
                if (restoreLockTimeout >= 0) {
                    s.execute("SET LOCK_TIMEOUT " + (TimeUnit.NANOSECONDS.toMillis(left) + H2_LOCK_MARGIN_MILLIS));
                }
            }
        }
        if (reach == Reach.NETWORK) {
            long millis = TimeUnit.NANOSECONDS.toMillis(left) + 1 + (ps == null ? 0 : GRACE_MILLIS);
            restore = c.getNetworkTimeout();
            c.setNetworkTimeout(Runnable::run, (int) Math.min(Integer.MAX_VALUE, millis));
        }
        ScheduledFuture<?> cancel = ps == null ? null
                : TIMER.schedule(() -> STOPPERS.execute(() -> cancel(ps)), left, TimeUnit.NANOSECONDS);
        return new Watchdog(c, cancel, restore, restoreLockTimeout);
    }

    /** Disarms {@code w} (null: nothing armed), giving its connection back its read timeout. */
    public static void disarm(Watchdog w) {
        if (w == null) {
            return;
        }
        if (w.cancel != null) {
            w.cancel.cancel(false);
        }
        if (w.restore >= 0) {
            try {
                w.connection.setNetworkTimeout(Runnable::run, w.restore);
            } catch (SQLException | RuntimeException closed) {
                // the connection was closed (by the timeout itself): the pool does not lend it again
            }
        }
        if (w.restoreLockTimeout >= 0) {
            try (Statement s = w.connection.createStatement()) {
                s.execute("SET LOCK_TIMEOUT " + w.restoreLockTimeout);
            } catch (SQLException | RuntimeException closed) {
                // the database or the connection was closed meanwhile: nothing is left to restore
            }
        }
    }

    private static void cancel(Statement ps) {
        try {
            ps.cancel();
        } catch (SQLException | RuntimeException ignored) {
            // closed meanwhile, or the driver cannot cancel: the read timeout still ends the work over a network
        }
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "duoorm-time-limits"));
        t.setKeepAliveTime(5, TimeUnit.SECONDS);
        t.allowCoreThreadTimeOut(true);
        t.setRemoveOnCancelPolicy(true);
        return t;
    }

    private static ExecutorService stoppers() {
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 5, TimeUnit.SECONDS, new SynchronousQueue<>(),
                r -> daemon(r, "duoorm-statement-stopper"));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        thread.setContextClassLoader(null);
        return thread;
    }
}
