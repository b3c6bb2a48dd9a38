package org.duoorm.tck.lifecycle;

import static org.duoorm.tck.CountingListener.Event.ACQUIRED;
import static org.duoorm.tck.CountingListener.Event.RELEASED;
import static org.duoorm.tck.CountingListener.Event.STATEMENT;
import static org.duoorm.tck.lifecycle.LifecycleConfig.LEDGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.duoorm.Database;
import org.duoorm.DatabaseClosedException;
import org.duoorm.DuoDatabase;
import org.duoorm.Mode;
import org.duoorm.tck.CountingListener;
import org.duoorm.tck.Tck;
import org.duoorm.testing.TestDatabases.Target;
import org.duoorm.DatabaseConfig;
import org.duoorm.Dialect;
import org.duoorm.EngineOptions;
import org.duoorm.tck.TckEnvironment;
import org.duoorm.testing.TestDatabases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Databases connect at first use or at startup when asked, and are closed when the container shuts down. */
class LifecycleTest {
    private static final Class<?>[] CLASSES = {LifecycleConfig.class, LifecycleService.class};

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void connectOnStartupConnectsEagerlyAndOthersWaitForFirstUse(Target target) {
        try (Tck tck = Tck.deploy(target, CLASSES)) {
            CountingListener listener = tck.listener();
            assertTrue(listener.count("eager", Mode.BLOCKING, ACQUIRED) >= 1, "eager connected at startup: " + listener);
            assertEquals(0, listener.count("lazy", Mode.BLOCKING, ACQUIRED), "lazy not yet: " + listener);
            assertEquals(0, listener.count("lazy", Mode.REACTIVE, ACQUIRED), "lazy not yet: " + listener);
            assertTrue(tck.select(Database.class, DuoDatabase.Literal.of("eager")).isConnected());
            Database lazy = tck.select(Database.class, DuoDatabase.Literal.of("lazy"));
            assertFalse(lazy.isConnected(), "creating the bean does not connect");
            assertEquals("lazy", lazy.name(), "the qualifier's name replaces the one in the produced configuration");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void shutdownClosesEveryDatabaseAndReturnsEveryConnection(Target target) {
        Tck tck = Tck.deploy(target, CLASSES);
        CountingListener listener = tck.listener();
        Database lazy = tck.select(Database.class, DuoDatabase.Literal.of("lazy"));
        Database eager = tck.select(Database.class, DuoDatabase.Literal.of("eager"));
        Database lazyInstance;
        Database eagerInstance;
        try {
            tck.create(LEDGER, lazy);
            LifecycleService service = tck.select(LifecycleService.class);
            service.insert("blocking");
            service.insertUni("reactive").await().atMost(Duration.ofSeconds(30));
            assertEquals(2, LEDGER.count(lazy));
            assertTrue(listener.count("lazy", Mode.REACTIVE, STATEMENT) >= 1, "the reactive engine ran: " + listener);
            lazyInstance = lazy.reactive().blocking();
            eagerInstance = eager.reactive().blocking();
            assertTrue(lazyInstance.isConnected());
            assertTrue(eagerInstance.isConnected());
        } finally {
            tck.close();
        }
        assertFalse(lazyInstance.isConnected(), "closed at shutdown");
        assertFalse(eagerInstance.isConnected(), "closed at shutdown");
        assertThrows(DatabaseClosedException.class, () -> lazyInstance.execute("select 1"));
        for (String name : new String[] {"eager", "lazy"}) {
            for (Mode mode : Mode.values()) {
                assertEquals(listener.count(name, mode, ACQUIRED), listener.count(name, mode, RELEASED),
                        "every " + mode + " connection of " + name + " went back: " + listener);
            }
        }
    }

    /** On PostgreSQL, the server's own view: the blocking pool's connections are gone after shutdown. */
    @Test
    void shutdownClosesTheServerSideConnections() {
        Target pg = TestDatabases.targets().stream().filter(t -> t.dialect() == Dialect.POSTGRESQL).findFirst().orElse(null);
        Assumptions.assumeTrue(pg != null, "needs " + TestDatabases.POSTGRES_ENV);
        String app = TckEnvironment.table("app");
        String url = pg.url() + (pg.url().contains("?") ? "&" : "?") + "ApplicationName=" + app;
        try (Database observer = Database.create(pg.config().name("observer").build())) {
            Tck tck = Tck.deploy(() -> DatabaseConfig.url(url).engineOption(EngineOptions.MIN_SIZE, 2), CLASSES);
            try {
                assertTrue(serverConnections(observer, app) >= 1, "the eager database's pool is open");
            } finally {
                tck.close();
            }
            Tck.eventually("no connection named " + app + " left on the server", () -> serverConnections(observer, app) == 0);
        }
    }

    private static long serverConnections(Database observer, String app) {
        return observer.queryValue(Long.class, "select count(*) from pg_stat_activity where application_name = ?", app).orElse(0L);
    }
}
