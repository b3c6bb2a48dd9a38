package org.duoorm;

import io.smallrye.common.annotation.CheckReturnValue;
import io.smallrye.mutiny.Uni;
import java.util.Optional;
import java.util.function.Function;

/**
 * The main entry point: one database, its two engines (blocking JDBC on an Agroal pool, reactive
 * Vert.x SQL client or JDBC on a bounded worker pool), its model metadata and its units of work.
 *
 * <p>Engines are created lazily at first use; {@link #connect()} creates them eagerly to surface
 * configuration errors at startup. Outside a unit of work every statement runs on its own
 * (auto-commit). The blocking methods here find the unit of work open on the calling thread; the
 * reactive ones ({@link #reactive()}) find it in the Mutiny subscription context.
 *
 * <pre>{@code
 * Database db = Database.create(DatabaseConfig.url("h2:mem:app").build());
 * db.execute("create table t (id int primary key, name varchar(50))");
 * db.transaction(tx -> tx.execute("insert into t values (?, ?)", 1, "Ada"));
 * Uni<List<Row>> rows = db.reactive().query("select * from t where id = ?", 1);
 * }</pre>
 */
public interface Database extends SqlOperations, AutoCloseable {

    /**
     * Creates a database from a configuration. Nothing connects yet.
     *
     * @param config not null
     * @return the database
     * @throws ConfigurationException when the URL, dialect or options cannot work
     */
    static Database create(DatabaseConfig config) {
        return Providers.provider().create(Checks.notNull(config, "config"));
    }

    /**
     * Creates a database named {@value DatabaseConfig#DEFAULT_NAME} from a URL with default settings.
     *
     * @param url a driverless or {@code jdbc:} URL, not null
     * @return the database
     */
    static Database create(String url) {
        return create(DatabaseConfig.url(url).build());
    }

    /** The database's name from its configuration. */
    String name();

    /** The configuration it was created with. */
    DatabaseConfig config();

    /** The dialect derived from the URL. */
    Dialect dialect();

    /** The resolved blocking (JDBC) URL, password masked. */
    String url();

    /**
     * The derived reactive URL, password masked: a Vert.x connection URI for PostgreSQL, MySQL and
     * MariaDB; the JDBC URL used on the worker pool for H2 and SQLite.
     *
     * @return the URL, or empty with {@code deriveAsync(false)}
     */
    Optional<String> reactiveUrl();

    /**
     * Creates both engines now and opens one connection through each, so that a bad URL, an
     * unreachable host, wrong credentials or a missing driver fail here. Safe to call repeatedly.
     *
     * @throws ConfigurationException (a {@link ConnectFailedException} or {@link DriverNotFoundException}) on failure
     */
    void connect();

    /**
     * Closes both engines and their pools. Safe to call repeatedly; later use creates the engines again.
     * Units of work still running fail.
     */
    void disconnect();

    /** Whether at least one engine is currently created. */
    boolean isConnected();

    /** Disconnects for good; later use fails with {@link DatabaseClosedException}. Idempotent. */
    @Override
    void close();

    /**
     * Whether {@link #close()} was called. A closed database releases its model classes, so that a new
     * database (of any name) may take them over.
     *
     * @return true once closed
     */
    boolean isClosed();

    /**
     * Runs work in a blocking unit of work (REQUIRED: joins the one open on this thread, if any), then
     * commits; any exception rolls back and is rethrown.
     *
     * @param work not null
     * @param <R> result type
     * @param <X> checked exception of the work
     * @return the work's result
     * @throws X as thrown by the work
     */
    <R, X extends Exception> R transaction(TransactionCallback<R, X> work) throws X;

    /**
     * As {@link #transaction(TransactionCallback)} with explicit options (propagation, isolation,
     * read-only). A joined unit of work must have compatible settings.
     *
     * @param options not null @param work not null @param <R> result @param <X> exception
     * @return the work's result
     * @throws X as thrown by the work
     */
    <R, X extends Exception> R transaction(TransactionOptions options, TransactionCallback<R, X> work) throws X;

    /** @param work not null @param <X> exception @throws X as thrown by the work */
    <X extends Exception> void useTransaction(TransactionConsumer<X> work) throws X;

    /** @param options not null @param work not null @param <X> exception @throws X as thrown by the work */
    <X extends Exception> void useTransaction(TransactionOptions options, TransactionConsumer<X> work) throws X;

    /** The managed session of the unit of work open on this thread for this database, if any. */
    Optional<Session> currentSession();

    /**
     * A new unmanaged blocking session on its own connection, in a transaction: the caller commits or
     * rolls back, and closes it (closing rolls back what was not committed).
     *
     * @return the session
     */
    Session syncStandaloneSession();

    /**
     * A new unmanaged reactive session; see {@link ReactiveDatabase#standaloneSession()}.
     *
     * @return the session, when subscribed
     * @throws ReactiveDisabledException (in the Uni) with {@code deriveAsync(false)}
     */
    @CheckReturnValue
    Uni<ReactiveSession> standaloneSession();

    /** Shortcut for {@code reactive().transaction(work)}. @param work not null @param <R> result @return the result */
    @CheckReturnValue
    <R> Uni<R> transactionUni(Function<ReactiveSession, Uni<R>> work);

    /**
     * The reactive face of this database: the same operations, name for name, returning {@link Uni}
     * or {@link io.smallrye.mutiny.Multi}.
     *
     * @return the reactive database (its operations fail with {@link ReactiveDisabledException} under
     *     {@code deriveAsync(false)})
     */
    ReactiveDatabase reactive();

    /** Finds the provider once. */
    final class Providers {
        private static volatile DatabaseProvider provider;

        private Providers() {
        }

        static DatabaseProvider provider() {
            DatabaseProvider p = provider;
            if (p == null) {
                p = org.duoorm.spi.Implementations.find(DatabaseProvider.class, "org.duoorm.internal.db.DuoDatabaseProvider");
                if (p == null) {
                    throw new ConfigurationException("No DuoORM implementation found. "
                            + "Add the artifact org.duoorm:duoorm-extension to the class path.");
                }
                provider = p;
            }
            return p;
        }
    }
}
