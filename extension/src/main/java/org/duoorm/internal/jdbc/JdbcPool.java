package org.duoorm.internal.jdbc;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration.ConnectionValidator;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration.ExceptionSorter;
import io.agroal.api.configuration.supplier.AgroalConnectionFactoryConfigurationSupplier;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.exceptionsorter.MySQLExceptionSorter;
import io.agroal.api.exceptionsorter.PostgreSQLExceptionSorter;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.duoorm.Dialect;
import org.duoorm.EngineOptions;
import org.duoorm.Mode;
import org.duoorm.internal.Listeners;
import org.duoorm.internal.sql.Errors;
import org.duoorm.internal.url.ResolvedUrl;

/** The Agroal pool of JDBC connections, lent to the blocking engine and to the reactive worker engine (H2, SQLite). */
public final class JdbcPool implements AutoCloseable {
    /**
     * A connection idle for longer than this is validated before it is lent: one that died while idle
     * (killed, server restarted, dropped by a firewall) is replaced instead of failing the next unit of
     * work. Shorter idle periods skip the round trip, as HikariCP does.
     */
    static final Duration IDLE_VALIDATION = Duration.ofMillis(500);

    private final AgroalDataSource pool;
    private final ThreadConnectionCache cache;
    private final Errors errors;
    private final Listeners listeners;
    private final java.util.concurrent.atomic.AtomicInteger active = new java.util.concurrent.atomic.AtomicInteger();

    private JdbcPool(AgroalDataSource pool, ThreadConnectionCache cache, Errors errors, Listeners listeners) {
        this.pool = pool;
        this.cache = cache;
        this.errors = errors;
        this.listeners = listeners;
    }

    /** Creates the pool; no connection is opened yet. */
    public static JdbcPool create(String database, ResolvedUrl url, EngineOptions options, Errors errors,
            Listeners listeners) {
        Class<? extends java.sql.Driver> driver = Drivers.load(database, url.dialect());
        AgroalDataSourceConfigurationSupplier cfg = new AgroalDataSourceConfigurationSupplier();
        ThreadConnectionCache cache = new ThreadConnectionCache();
        // The suppliers are filled in place rather than through Agroal's lambda-taking methods: this runs at
        // start-up, where every lambda is a class to spin.
        cfg.connectionPoolConfiguration()
                .maxSize(options.intValue(EngineOptions.MAX_SIZE))
                .minSize(minSize(url, options))
                .initialSize(0)
                .acquisitionTimeout(options.durationValue(EngineOptions.ACQUISITION_TIMEOUT))
                .reapTimeout(options.durationValue(EngineOptions.IDLE_TIMEOUT))
                .maxLifetime(options.durationValue(EngineOptions.MAX_LIFETIME))
                .validationTimeout(Duration.ofSeconds(30))
                .idleValidationTimeout(IDLE_VALIDATION)
                // Agroal's default validator waits for ever (isValid(0)): a server or network that stopped answering
                // would hold the borrower past acquisitionTimeout; bounded like reaching the server.
                .connectionValidator(ConnectionValidator.defaultValidatorWithTimeout(connectSeconds(options)))
                .exceptionSorter(sorter(url.dialect()))
                // A thread gets back the connection it used last without the shared scan; unlike Agroal's own
                // cache, this one leaves nothing of the application in container threads once the pool closes.
                .connectionCache(cache);
        AgroalConnectionFactoryConfigurationSupplier factory = cfg.connectionPoolConfiguration().connectionFactoryConfiguration();
        factory.jdbcUrl(url.jdbcUrl())
                .connectionProviderClass(driver)
                .autoCommit(true)
                .loginTimeout(options.durationValue(EngineOptions.CONNECT_TIMEOUT));
        if (url.user() != null) {
            factory.principal(new NamePrincipal(url.user()));
        }
        if (url.password() != null) {
            factory.credential(new SimplePassword(url.password()));
        }
        jdbcProperties(factory, tls(url, options));
        jdbcProperties(factory, timeouts(url, options));
        if (url.dialect() == Dialect.POSTGRESQL && !url.params().containsKey("ApplicationName")) {
            factory.jdbcProperty("ApplicationName", "duoorm-" + database);
        }
        try {
            return new JdbcPool(AgroalDataSource.from(cfg), cache, errors, listeners);
        } catch (SQLException | RuntimeException e) {
            throw errors.wrap(e, null);
        }
    }

    private static void jdbcProperties(AgroalConnectionFactoryConfigurationSupplier factory, Properties properties) {
        for (String key : properties.stringPropertyNames()) {
            factory.jdbcProperty(key, properties.getProperty(key));
        }
    }

    private static int minSize(ResolvedUrl url, EngineOptions options) {
        // A shared-cache in-memory SQLite database lives only while a connection is open.
        boolean sqliteMemory = url.dialect() == Dialect.SQLITE && url.jdbcUrl().contains("mode=memory");
        return Math.max(options.intValue(EngineOptions.MIN_SIZE), sqliteMemory ? 1 : 0);
    }

    private static ExceptionSorter sorter(Dialect d) {
        switch (d) {
            case POSTGRESQL: return new PostgreSQLExceptionSorter();
            case MYSQL:
            case MARIADB: return new MySQLExceptionSorter();
            default: return ExceptionSorter.defaultExceptionSorter();
        }
    }

    /** {@code connectTimeout} in whole seconds, rounded up, at least 1 (what pgjdbc and isValid take). */
    private static int connectSeconds(EngineOptions options) {
        long millis = Math.max(1, options.durationValue(EngineOptions.CONNECT_TIMEOUT).toMillis());
        return (int) Math.min(Integer.MAX_VALUE, (millis + 999) / 1000);
    }

    /**
     * Bounds the whole login, not only the TCP connect: a server that accepts and never answers would
     * otherwise hang the caller (pgjdbc ignores the DriverManager login timeout Agroal sets). Also bounds how long
     * a cancelled statement waits for its cancel request (pgjdbc).
     */
    private static Properties timeouts(ResolvedUrl url, EngineOptions options) {
        Properties p = new Properties();
        long millis = Math.max(1, options.durationValue(EngineOptions.CONNECT_TIMEOUT).toMillis());
        String seconds = Integer.toString(connectSeconds(options));
        if (url.dialect() == Dialect.POSTGRESQL) {
            putUnlessGiven(p, url, "loginTimeout", seconds);
            putUnlessGiven(p, url, "connectTimeout", seconds);
            // A statement stopped at its unit's time limit waits in pgjdbc until its cancel request is answered
            // (10 s by default): no longer than the grace period after which its read times out anyway.
            putUnlessGiven(p, url, "cancelSignalTimeout", Long.toString(Watchdog.GRACE_MILLIS / 1000));
        } else if (url.dialect() == Dialect.MYSQL || url.dialect() == Dialect.MARIADB) {
            putUnlessGiven(p, url, "connectTimeout", Long.toString(millis));
        }
        return p;
    }

    private static void putUnlessGiven(Properties p, ResolvedUrl url, String key, String value) {
        if (!url.params().containsKey(key)) {
            p.setProperty(key, value);
        }
    }

    /**
     * TLS as the engine options ask, unless the URL says (its sslmode wins, in both engines); without either,
     * PostgreSQL's pgjdbc would try TLS first ("prefer"), which the reactive engine does not do: both run without.
     */
    private static Properties tls(ResolvedUrl url, EngineOptions options) {
        Properties p = new Properties();
        Dialect d = url.dialect();
        org.duoorm.internal.url.UrlParameters params = org.duoorm.internal.url.UrlParameters.of(url, false);
        if (params.tls() != null) {
            return p; // the URL says: the driver reads it from the JDBC URL
        }
        org.duoorm.internal.url.UrlParameters.Tls tls = params.tls(options);
        if (d == Dialect.POSTGRESQL) {
            p.setProperty("sslmode", tls.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        } else if ((d == Dialect.MYSQL || d == Dialect.MARIADB) && tls != org.duoorm.internal.url.UrlParameters.Tls.DISABLE) {
            p.setProperty("sslMode", tls == org.duoorm.internal.url.UrlParameters.Tls.REQUIRE ? "trust" : "verify-full");
        }
        return p;
    }

    /** Takes a connection from the pool (auto-commit on). */
    public Connection acquire() {
        return acquire(Mode.BLOCKING);
    }

    /** Takes a connection for the given mode's work (H2 and SQLite run reactive work on this pool too). */
    public Connection acquire(Mode mode) {
        try {
            Connection c = pool.getConnection();
            active.incrementAndGet();
            listeners.acquired(mode);
            return c;
        } catch (SQLException e) {
            throw errors.wrap(e, null);
        }
    }

    /** Returns a connection to the pool, restoring auto-commit first. */
    public void release(Connection c) {
        release(c, Mode.BLOCKING);
    }

    /** Returns a connection taken for the given mode. */
    public void release(Connection c, Mode mode) {
        if (BrokenConnections.take(c)) {
            closeBroken(c, mode);
            return;
        }
        try {
            if (!c.getAutoCommit()) {
                // Switching auto-commit on commits whatever is pending: whatever is still pending here
                // belongs to a unit of work that did not commit, so it is rolled back first.
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException broken) {
            // Neither rolled back nor reset: it must not reach the next borrower (nor be committed by a reset).
            abortPhysical(c);
        } catch (Error e) {
            abortPhysical(c);
            throw e;
        } finally {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Closing returns it to the pool; a failure here leaves nothing for the caller to do.
            }
            active.decrementAndGet();
            listeners.released(mode);
        }
    }

    /** Gives the slot back and has the pool close the connection rather than lend it again; no rollback, no reset. */
    private void closeBroken(Connection c, Mode mode) {
        try {
            abortPhysical(c);
            c.close();
        } catch (SQLException | RuntimeException ignored) {
            // the pool closes it either way
        } finally {
            active.decrementAndGet();
            listeners.released(mode);
        }
    }

    /**
     * Agroal closes a connection whose handler is marked flush-only when it comes back, instead of lending it again
     * ({@code abort()} on the wrapper alone would close the physical connection but still return the handler as
     * available). The physical connection is aborted first: on its way back Agroal still resets it (auto-commit,
     * isolation), and a reset sent over a connection whose driver stopped halfway through a result would read that
     * result's rest (a second out-of-memory in MariaDB's driver, which lost the pool's slot) or wait on the
     * database's session lock (H2). Aborted, the reset fails at once with an SQLException, which Agroal ignores.
     */
    private static void abortPhysical(Connection c) {
        if (c instanceof io.agroal.pool.wrapper.ConnectionWrapper) {
            io.agroal.pool.ConnectionHandler handler = ((io.agroal.pool.wrapper.ConnectionWrapper) c).getHandler();
            handler.setFlushOnly();
            discard(handler.getConnection());
        } else {
            discard(c);
        }
    }

    private static void discard(Connection c) {
        try {
            c.abort(Runnable::run);
        } catch (SQLException | RuntimeException ignored) {
            // Closing below still gives the slot back; the pool's validation drops a dead connection.
        }
    }

    /** Connections currently lent out. */
    public long activeCount() {
        return active.get();
    }

    @Override
    public void close() {
        try {
            pool.close();
        } finally {
            cache.clear();
        }
    }
}
