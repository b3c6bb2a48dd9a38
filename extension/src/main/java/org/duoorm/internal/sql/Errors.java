package org.duoorm.internal.sql;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.duoorm.CommitOutcomeUnknownException;
import org.duoorm.ConnectionLostException;
import org.duoorm.ConstraintViolationException;
import org.duoorm.DuoOrmException;
import org.duoorm.PoolTimeoutException;
import org.duoorm.ReadOnlyTransactionException;
import org.duoorm.SerializationFailureException;
import org.duoorm.SqlExecutionException;
import org.duoorm.spi.UrlMasking;

/**
 * Wraps driver failures (JDBC and Vert.x) into the DuoORM hierarchy, keeping the SQL state and the
 * vendor code, naming the database, and scrubbing the password from driver text.
 */
public final class Errors {
    /** What to do about a write in a read-only unit of work, whoever refused it. */
    public static final String READ_ONLY_ADVICE = "Mark the unit of work writable (TransactionOptions.withReadOnly(false), "
            + "@DuoTransaction(readOnly = false)), or run the write in a unit of work of its own with Propagation.REQUIRES_NEW.";

    /** What a connection lost before COMMIT means for the caller: nothing was committed, so a retry is safe. */
    private static final String LOST_ADVICE = ". The unit of work did not commit; retry it.";
    private final String database;
    private final String secret;

    /**
     * @param database the database name for messages
     * @param secret the password to scrub from driver messages, may be null
     */
    public Errors(String database, String secret) {
        this.database = database;
        this.secret = secret;
    }

    /**
     * @param failure any failure from a driver or pool
     * @param sql the statement, may be null
     * @return a DuoORM exception (the same one if it already is)
     */
    public DuoOrmException wrap(Throwable failure, String sql) {
        Throwable f = unwrap(failure);
        if (f instanceof DuoOrmException) {
            return (DuoOrmException) f;
        }
        String tls = tlsRefusal(f);
        if (tls != null) {
            return new org.duoorm.ConnectFailedException(prefix(sql) + "the TLS connection was refused: " + scrub(tls)
                    + ". This is a configuration problem, not a passing one, so retrying will not help: check the URL's "
                    + "sslmode (PostgreSQL) or sslMode (MariaDB), the CA given by sslrootcert / serverSslCert, the host name "
                    + "in the server's certificate, and that the server accepts TLS.", f);
        }
        if (f instanceof SQLException) {
            SQLException e = (SQLException) f;
            return classify(driverMessage(e), e.getSQLState(), e.getErrorCode(), sql, f);
        }
        if (f instanceof io.vertx.sqlclient.DatabaseException) {
            io.vertx.sqlclient.DatabaseException e = (io.vertx.sqlclient.DatabaseException) f;
            return classify(e.getMessage(), e.getSqlState(), e.getErrorCode(), sql, f);
        }
        if (f instanceof java.net.ConnectException) {
            // As the JDBC drivers report it (SQL state 08001), so that both modes fail alike while the server is down.
            return new ConnectionLostException(prefix(sql) + "could not open a connection: " + scrub(trimDot(f.getMessage()))
                    + ". Check that the server runs and can be reached; the unit of work did not run.", "08001", 0, f);
        }
        if (f instanceof io.vertx.sqlclient.ClosedConnectionException || isClosedConnection(f)) {
            return new ConnectionLostException(prefix(sql) + "the connection was closed: " + scrub(trimDot(f.getMessage()))
                    + LOST_ADVICE, "08006", 0, f);
        }
        if (isPoolTimeout(f)) {
            return poolTimeout(f);
        }
        return new SqlExecutionException(prefix(sql) + scrub(String.valueOf(f.getMessage())), null, 0, f);
    }

    /**
     * A failure of COMMIT: as {@link #wrap}, except that a lost connection leaves the outcome unknown (the server
     * may have committed before the connection broke), which must not be retried as if nothing had happened.
     */
    public DuoOrmException commitFailure(Throwable failure) {
        DuoOrmException e = wrap(failure, "COMMIT");
        if (e instanceof ConnectionLostException lost) {
            return new CommitOutcomeUnknownException("Database '" + database + "': the connection broke while the unit of work "
                    + "was committing (" + lost.getMessage().replace(LOST_ADVICE, "") + "). It may or may not have committed, "
                    + "and DuoORM cannot tell: do not run it again blindly. Check whether its changes are in the database first.",
                    lost.sqlState(),
                    lost.vendorCode(), lost.getCause() != null ? lost.getCause() : lost);
        }
        return e;
    }

    /** A pool timeout, naming the database and the option to raise. */
    public PoolTimeoutException poolTimeout(Throwable cause) {
        return new PoolTimeoutException("No connection to database '" + database + "' became free within the "
                + "acquisition timeout: every pooled connection is in use, or new ones cannot be opened. Raise the "
                + "engine option 'acquisitionTimeout' or 'maxSize', hold connections for less time, or check that the "
                + "database can be reached.", cause);
    }

    private DuoOrmException classify(String message, String state, int code, String sql, Throwable cause) {
        String text = prefix(sql) + scrub(message) + (state != null ? " (SQL state " + state + ")" : "");
        if (isPoolTimeoutMessage(message)) {
            return poolTimeout(cause);
        }
        // MariaDB reports a NOT NULL column left out of an insert as 1364 with the generic state HY000.
        if (state != null && state.startsWith("23") || code == 1364) {
            return new ConstraintViolationException(text, state, code, cause);
        }
        if (code == 1043) {
            // MariaDB's "Bad handshake": the Vert.x client asks for TLS of a server that has none, or speaks a protocol
            // the server refuses; the same request fails the same way every time.
            return new org.duoorm.ConnectFailedException(text + ": the server refused the connection handshake. This is a "
                    + "configuration problem, not a passing one, so retrying will not help: check the URL's sslMode (the "
                    + "server must accept TLS when it is asked for) and the server's version.", cause);
        }
        if (state != null && state.startsWith("28") || code == 1045) {
            return new org.duoorm.ConnectFailedException(text + ": the server refused the login. Check the user name and "
                    + "password, and that the server accepts this client (PostgreSQL: pg_hba.conf, for this host, database "
                    + "and TLS or not; MariaDB: the user's host). Retrying will not help until that changes.", cause);
        }
        if ("25006".equals(state) || code == 1792) {
            return new ReadOnlyTransactionException(text + ": the transaction is read-only, so nothing was written. "
                    + READ_ONLY_ADVICE, state, code, cause);
        }
        if ("40001".equals(state) || "40P01".equals(state) || code == 1213) {
            return new SerializationFailureException(text + ". Retry the whole unit of work.", state, code, cause);
        }
        if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03")) || code == 1927 || code == 2006 || code == 2013) {
            return new ConnectionLostException(text + LOST_ADVICE, state, code, cause);
        }
        return new SqlExecutionException(text, state, code, cause);
    }

    private static String trimDot(String m) {
        return m != null && m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }

    private String prefix(String sql) {
        return "Database '" + database + "'" + (sql != null ? " failed to run [" + shorten(sql) + "]: " : ": ");
    }

    private static String shorten(String sql) {
        return sql.length() > 500 ? sql.substring(0, 500) + "..." : sql;
    }

    private static String driverMessage(SQLException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private String scrub(String message) {
        return UrlMasking.scrub(message, secret);
    }

    private static Throwable unwrap(Throwable t) {
        Throwable f = t;
        while ((f instanceof CompletionException || f instanceof java.util.concurrent.ExecutionException)
                && f.getCause() != null) {
            f = f.getCause();
        }
        return f;
    }

    /**
     * The message of a TLS handshake failure anywhere in the causes (a certificate not trusted, a host name that does
     * not match, a server without TLS where the URL requires it), or null.
     */
    private static String tlsRefusal(Throwable f) {
        for (Throwable t = f; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof javax.net.ssl.SSLHandshakeException || t instanceof javax.net.ssl.SSLPeerUnverifiedException
                    || t instanceof java.security.cert.CertificateException
                    || t.getClass().getName().equals("io.netty.handler.ssl.NotSslRecordException")) {
                return String.valueOf(t.getMessage());
            }
            String m = t.getMessage();
            // pgjdbc "The server does not support SSL", Vert.x "SSL handshake failed" (its cause may be gone) and
            // "Postgres Server does not handle SSL connection", the MariaDB drivers "... ssl not enabled in the server"
            if (m != null && (m.contains("does not support SSL") || m.contains("SSL handshake failed")
                    || m.contains("does not handle SSL") || m.contains("ssl not enabled") || m.contains("SSL not enabled"))) {
                return m;
            }
        }
        return null;
    }

    private static boolean isClosedConnection(Throwable f) {
        // A socket that broke under a Vert.x connection surfaces as a bare IOException ("Connection
        // reset"), and a statement sent to a connection already closed as "... status: CLOSED".
        // A connection that could not be opened at all is not a lost one.
        if (f instanceof java.io.IOException) {
            return !(f instanceof java.net.ConnectException);
        }
        String m = f.getMessage() == null ? "" : f.getMessage().toLowerCase(java.util.Locale.ROOT);
        return f instanceof io.vertx.core.VertxException
                && (m.contains("closed") || m.contains("connection reset") || m.contains("pool closed"));
    }

    private static boolean isPoolTimeout(Throwable f) {
        // Vert.x reports a pool wait that ran out as a bare "Timeout".
        return f instanceof TimeoutException || f instanceof SQLTransientConnectionException || "Timeout".equals(f.getMessage())
                || isPoolTimeoutMessage(f.getMessage())
                || f.getClass().getName().contains("Timeout") && f.getMessage() != null
                && f.getMessage().toLowerCase(java.util.Locale.ROOT).contains("timeout");
    }

    private static boolean isPoolTimeoutMessage(String m) {
        return m != null && (m.contains("acquisition timeout") || m.contains("Timeout waiting for connection"));
    }
}
