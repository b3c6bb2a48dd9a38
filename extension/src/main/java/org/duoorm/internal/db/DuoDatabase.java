package org.duoorm.internal.db;

import io.smallrye.mutiny.Uni;
import java.sql.Connection;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.duoorm.ConfigurationException;
import org.duoorm.ConnectFailedException;
import org.duoorm.Database;
import org.duoorm.DatabaseClosedException;
import org.duoorm.DatabaseConfig;
import org.duoorm.Dialect;
import org.duoorm.ReactiveDatabase;
import org.duoorm.ReactiveDisabledException;
import org.duoorm.ReactiveSession;
import org.duoorm.Session;
import org.duoorm.TransactionCallback;
import org.duoorm.TransactionConsumer;
import org.duoorm.TransactionOptions;
import org.duoorm.internal.blocking.BlockingSql;
import org.duoorm.internal.blocking.BlockingTarget;
import org.duoorm.internal.blocking.BlockingTransactions;
import org.duoorm.internal.blocking.BlockingTx;
import org.duoorm.internal.blocking.JdbcSession;
import org.duoorm.internal.reactive.ReactiveEngine;
import org.duoorm.internal.reactive.ReactiveTransactions;
import org.duoorm.internal.reactive.VertxEngine;
import org.duoorm.internal.reactive.WorkerEngine;
import org.duoorm.internal.sql.Errors;
import org.duoorm.internal.url.ResolvedUrl;
import org.duoorm.internal.url.UrlResolver;
import org.duoorm.spi.UrlMasking;
import org.duoorm.internal.jdbc.JdbcPool;
import org.duoorm.internal.jdbc.JdbcOps;
import org.duoorm.internal.Listeners;
import org.duoorm.internal.Checks;

/**
 * The {@link Database}: it resolves the URL once, creates its two engines lazily, and keeps its units
 * of work apart from every other database's.
 */
public final class DuoDatabase extends BlockingSql implements Database {
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final DatabaseConfig config;
    private final ResolvedUrl url;
    private final Errors errors;
    private final Listeners listeners;
    private final JdbcOps jdbcOps;
    private final boolean backslash;
    private final BlockingTransactions blockingTransactions;
    private final ReactiveTransactions reactiveTransactions;
    private final ReactiveFacade reactive;
    private volatile JdbcPool blockingEngine;
    private volatile ReactiveEngine reactiveEngine;
    private volatile boolean closed;

    private DuoDatabase(DatabaseConfig config, ResolvedUrl url, Errors errors, Listeners listeners, JdbcOps ops) {
        super(ops, backslash(url.dialect()));
        this.config = config;
        this.url = url;
        this.errors = errors;
        this.listeners = listeners;
        this.jdbcOps = ops;
        this.backslash = backslash(url.dialect());
        this.blockingTransactions = new BlockingTransactions(this, this::blockingEngine, ops, backslash, errors, listeners);
        this.reactiveTransactions = new ReactiveTransactions(this, this::reactiveEngine, backslash, listeners,
                config.engineOptions().intValue(org.duoorm.EngineOptions.MAX_SIZE));
        this.reactive = new ReactiveFacade(this, reactiveTransactions, backslash);
    }

    /** Resolves and checks the configuration; nothing connects. */
    public static DuoDatabase create(DatabaseConfig config) {
        ResolvedUrl url = UrlResolver.resolve(config);
        org.duoorm.internal.url.UrlParameters.of(url, config.deriveAsync());
        Errors errors = new Errors(config.name(), url.password());
        Listeners listeners = new Listeners(config.name(), config.listeners());
        return new DuoDatabase(config, url, errors, listeners,
                new JdbcOps(url.dialect(), errors, listeners, org.duoorm.Mode.BLOCKING));
    }

    private static boolean backslash(Dialect d) {
        return d == Dialect.MYSQL || d == Dialect.MARIADB;
    }

    // ---- engines ----

    JdbcPool blockingEngine() {
        // No lock once the engine exists: every auto-commit statement comes through here.
        JdbcPool engine = blockingEngine;
        if (engine != null && !closed) {
            return engine;
        }
        return createBlockingEngine();
    }

    private synchronized JdbcPool createBlockingEngine() {
        checkOpen();
        if (blockingEngine == null) {
            blockingEngine = JdbcPool.create(name(), url, config.engineOptions(), errors, listeners);
        }
        return blockingEngine;
    }

    synchronized ReactiveEngine reactiveEngine() {
        checkOpen();
        if (!config.deriveAsync()) {
            throw new ReactiveDisabledException("Database '" + name() + "' was created with deriveAsync(false), so it has "
                    + "no reactive engine and reactive operations are not available. Remove deriveAsync(false) "
                    + "(derive-async=false in properties) to use them, or use the blocking API.");
        }
        if (reactiveEngine == null) {
            reactiveEngine = url.dialect().hasNativeReactiveClient()
                    ? VertxEngine.create(name(), url, config.engineOptions(), errors, listeners)
                    : new WorkerEngine(name(), this::blockingEngine,
                            new JdbcOps(url.dialect(), errors, listeners, org.duoorm.Mode.REACTIVE), config.engineOptions());
        }
        return reactiveEngine;
    }

    /**
     * The reactive engine, created off any Vert.x thread: a Vert.x client builds its own Vert.x instance
     * and refuses to do so on another instance's thread (and creating it there would block an event loop).
     */
    Uni<ReactiveEngine> reactiveEngineUni() {
        // No lock on the hot path: an event-loop thread must never wait for one held while an engine is built.
        ReactiveEngine engine = reactiveEngine;
        if (engine != null && !closed) {
            return Uni.createFrom().item(engine);
        }
        if (io.vertx.core.Context.isOnVertxThread()) {
            return Uni.createFrom().item(this::reactiveEngine)
                    .runSubscriptionOn(io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool());
        }
        return Uni.createFrom().item(this::reactiveEngine);
    }

    private void checkOpen() {
        if (closed) {
            throw new DatabaseClosedException("Database '" + name() + "' was closed. Create a new Database to use it again "
                    + "(disconnect() instead of close() keeps it usable).");
        }
    }

    static void checkNotOnEventLoop(String what) {
        org.duoorm.internal.tx.EventLoopGuard.check(what);
    }

    @Override
    protected BlockingTarget target() {
        if (org.duoorm.internal.tx.EventLoopGuard.refuses()) {
            checkNotOnEventLoop("on database '" + name() + "'");
        }
        return blockingTransactions.target();
    }

    // ---- identity ----

    @Override
    public String name() {
        return config.name();
    }

    @Override
    public DatabaseConfig config() {
        return config;
    }

    @Override
    public Dialect dialect() {
        return url.dialect();
    }

    @Override
    public String url() {
        return UrlMasking.mask(url.jdbcUrl());
    }

    @Override
    public Optional<String> reactiveUrl() {
        return config.deriveAsync() ? Optional.of(url.maskedReactiveUrl()) : Optional.empty();
    }

    // ---- lifecycle ----

    @Override
    public void connect() {
        checkNotOnEventLoop("connect()");
        try {
            JdbcPool b = blockingEngine();
            b.release(b.acquire());
            if (config.deriveAsync()) {
                reactiveEngine().ping().await().atMost(config.engineOptions().durationValue(
                        org.duoorm.EngineOptions.CONNECT_TIMEOUT).plus(config.engineOptions().durationValue(
                        org.duoorm.EngineOptions.ACQUISITION_TIMEOUT)));
            }
        } catch (ConfigurationException | DatabaseClosedException e) {
            disconnect();
            throw e;
        } catch (RuntimeException e) {
            disconnect();
            throw new ConnectFailedException("Could not connect to database '" + name() + "' at " + url() + ": "
                    + UrlMasking.scrub(e.getMessage(), url.password())
                    + ". Check that the server runs and that host, port, database name and credentials are right.", e);
        }
    }

    @Override
    public void disconnect() {
        checkNotOnEventLoop("disconnect() (use reactive().disconnect() there)");
        JdbcPool b;
        ReactiveEngine r;
        synchronized (this) {
            b = blockingEngine;
            r = reactiveEngine;
            blockingEngine = null;
            reactiveEngine = null;
        }
        try {
            if (r != null) {
                r.close().await().atMost(CLOSE_WAIT);
            }
        } finally {
            if (b != null) {
                b.close();
            }
        }
    }

    @Override
    public synchronized boolean isConnected() {
        return blockingEngine != null || reactiveEngine != null;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        checkNotOnEventLoop("close() (use reactive().close() there)");
        closed = true;
        disconnect();
    }

    /** Connections lent out by both pools right now; for leak checks. */
    public synchronized int activeConnections() {
        return (blockingEngine == null ? 0 : (int) blockingEngine.activeCount())
                + (reactiveEngine == null ? 0 : reactiveEngine.activeCount());
    }

    // ---- units of work ----

    @Override
    public <R, X extends Exception> R transaction(TransactionCallback<R, X> work) throws X {
        return transaction(TransactionOptions.defaults(), work);
    }

    @Override
    public <R, X extends Exception> R transaction(TransactionOptions options, TransactionCallback<R, X> work) throws X {
        Checks.notNull(options, "options");
        Checks.notNull(work, "work");
        checkNotOnEventLoop("transaction(...)");
        checkOpen();
        return blockingTransactions.run(options, work);
    }

    @Override
    public <X extends Exception> void useTransaction(TransactionConsumer<X> work) throws X {
        useTransaction(TransactionOptions.defaults(), work);
    }

    @Override
    public <X extends Exception> void useTransaction(TransactionOptions options, TransactionConsumer<X> work) throws X {
        Checks.notNull(work, "work");
        transaction(options, s -> {
            work.useTransaction(s);
            return null;
        });
    }

    @Override
    public Optional<Session> currentSession() {
        return Optional.ofNullable(blockingTransactions.currentSession());
    }

    @Override
    public Session syncStandaloneSession() {
        checkNotOnEventLoop("syncStandaloneSession()");
        BlockingTx tx = blockingTransactions.open(TransactionOptions.defaults(), false);
        return JdbcSession.standalone(this, jdbcOps, backslash, tx, () -> blockingTransactions.close(tx), errors);
    }

    @Override
    public Uni<ReactiveSession> standaloneSession() {
        return reactive.standaloneSession();
    }

    @Override
    public <R> Uni<R> transactionUni(Function<ReactiveSession, Uni<R>> work) {
        return reactive.transaction(work);
    }

    @Override
    public ReactiveDatabase reactive() {
        return reactive;
    }


    @Override
    public String toString() {
        return "Database[" + name() + ", " + dialect() + ", " + url() + (closed ? ", closed]" : "]");
    }
}
