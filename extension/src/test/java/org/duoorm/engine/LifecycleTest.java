package org.duoorm.engine;

import static org.duoorm.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.duoorm.ConfigurationException;
import org.duoorm.ConnectFailedException;
import org.duoorm.Database;
import org.duoorm.DatabaseClosedException;
import org.duoorm.DatabaseConfig;
import org.duoorm.Dialect;
import org.duoorm.DialectMismatchException;
import org.duoorm.ReactiveDisabledException;
import org.duoorm.testing.TestDatabases;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** connect, disconnect, close, deriveAsync(false), and connection errors. */
class LifecycleTest {
    private static final String ALL = "org.duoorm.testing.TestDatabases#all";

    @ParameterizedTest
    @MethodSource(ALL)
    void enginesAreLazyAndConnectIsIdempotent(Target target) {
        try (Database db = Database.create(target.config().build())) {
            assertFalse(db.isConnected());
            db.connect();
            db.connect();
            assertTrue(db.isConnected());
            assertEquals(1, db.queryValue(Integer.class, "select 1").orElseThrow());
            assertEquals(1, await(db.reactive().queryValue(Integer.class, "select 1")).orElseThrow());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void disconnectIsIdempotentAndLaterUseRecreatesTheEngines(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            f.insert(1, "Ada");
            f.db.disconnect();
            f.db.disconnect();
            assertFalse(f.db.isConnected());
            assertEquals(1L, f.count());
            assertEquals(1L, await(f.db.reactive().queryValue(Long.class, "select count(*) from " + f.table)).orElseThrow());
            assertTrue(f.db.isConnected());
            await(f.db.reactive().disconnect());
            assertFalse(f.db.isConnected());
            await(f.db.reactive().connect());
            assertTrue(f.db.isConnected());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void disconnectLeavesNoThreadsBehind(Target target) throws Exception {
        Database db = Database.create(target.config().name("threads").build());
        db.connect();
        await(db.reactive().queryValue(Integer.class, "select 1"));
        db.close();
        long deadline = System.currentTimeMillis() + 10_000;
        Set<String> left;
        do {
            left = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                    .filter(n -> n.startsWith("duoorm-threads") || n.startsWith("vert.x-eventloop")).collect(Collectors.toSet());
            if (!left.isEmpty()) {
                Thread.sleep(50);
            }
        } while (!left.isEmpty() && System.currentTimeMillis() < deadline);
        assertTrue(left.isEmpty(), "threads left running: " + left);
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void aClosedDatabaseSaysSo(Target target) {
        Database db = Database.create(target.config().build());
        db.connect();
        db.close();
        db.close();
        assertThrows(DatabaseClosedException.class, () -> db.query("select 1"));
        assertThrows(DatabaseClosedException.class, () -> await(db.reactive().query("select 1")));
        assertThrows(DatabaseClosedException.class, db::connect);
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void deriveAsyncFalseKeepsBlockingAndRefusesEveryReactiveEntryPoint(Target target) {
        try (Database db = Database.create(target.config().name("blocking-only").deriveAsync(false).build())) {
            db.connect();
            assertEquals(1, db.queryValue(Integer.class, "select 1").orElseThrow());
            assertTrue(db.reactiveUrl().isEmpty());
            ReactiveDisabledException e = assertThrows(ReactiveDisabledException.class,
                    () -> await(db.reactive().query("select 1")));
            assertTrue(e.getMessage().contains("blocking-only") && e.getMessage().contains("deriveAsync"), e.getMessage());
            assertTrue(e instanceof ConfigurationException);
            assertThrows(ReactiveDisabledException.class, () -> await(db.reactive().execute("select 1")));
            assertThrows(ReactiveDisabledException.class, () -> await(db.reactive().transaction(s -> s.query("select 1"))));
            assertThrows(ReactiveDisabledException.class, () -> await(db.transactionUni(s -> s.query("select 1"))));
            assertThrows(ReactiveDisabledException.class, () -> await(db.standaloneSession()));
            assertThrows(ReactiveDisabledException.class, () -> await(db.reactive().connect()));
            assertThrows(ReactiveDisabledException.class,
                    () -> db.reactive().stream("select 1", 10).collect().asList().await().indefinitely());
        }
    }

    @Test
    void anUnreachableHostFailsAtConnectWithoutThePassword() {
        Database db = Database.create(DatabaseConfig.url("postgresql://ada:TopSecret42@127.0.0.1:1/nowhere")
                .engineOption("connectTimeout", "2s").engineOption("acquisitionTimeout", "3s").build());
        ConnectFailedException e = assertThrows(ConnectFailedException.class, db::connect);
        assertTrue(e.getMessage().contains("127.0.0.1"), e.getMessage());
        assertFalse(fullText(e).contains("TopSecret42"), fullText(e));
        assertFalse(db.isConnected());
        assertFalse(db.toString().contains("TopSecret42"));
        assertFalse(db.config().toString().contains("TopSecret42"));
        assertFalse(db.url().contains("TopSecret42"));
        db.close();
    }

    @ParameterizedTest(allowZeroInvocations = true)
    @MethodSource("org.duoorm.testing.TestDatabases#networked")
    void wrongCredentialsFailAtConnectWithoutThePassword(Target target) {
        String url = target.dialect() == Dialect.POSTGRESQL
                ? "postgresql://nosuchuser:TopSecret42@127.0.0.1:5432/test"
                : "mariadb://nosuchuser:TopSecret42@127.0.0.1:3306/test";
        Database db = Database.create(DatabaseConfig.url(url).engineOption("acquisitionTimeout", "5s").build());
        ConnectFailedException e = assertThrows(ConnectFailedException.class, db::connect);
        assertFalse(fullText(e).contains("TopSecret42"), fullText(e));
        assertFalse(db.isConnected());
        db.close();
    }

    @ParameterizedTest(allowZeroInvocations = true)
    @MethodSource("org.duoorm.testing.TestDatabases#networked")
    void anUnknownDatabaseFailsAtConnect(Target target) {
        String url = target.url().substring(0, target.url().lastIndexOf('/')) + "/no_such_db_duoorm";
        Database db = Database.create(DatabaseConfig.url(url).build());
        ConnectFailedException e = assertThrows(ConnectFailedException.class, db::connect);
        assertTrue(e.getMessage().contains("no_such_db_duoorm"), e.getMessage());
        db.close();
    }

    @Test
    void dialectMismatchAndUnknownOptionsFailAtCreation() {
        assertThrows(DialectMismatchException.class,
                () -> Database.create(DatabaseConfig.url("h2:mem:x").dialect("postgresql").build()));
        assertThrows(org.duoorm.UnknownEngineOptionException.class,
                () -> DatabaseConfig.url("h2:mem:x").engineOption("poolSize", 3));
        assertThrows(org.duoorm.UnknownDialectException.class,
                () -> DatabaseConfig.url("h2:mem:x").dialect("oracle").build());
    }

    @Test
    void resolvedUrlsAreReadableAndMasked() {
        try (Database db = Database.create("postgresql://ada:TopSecret42@db.example:5432/shop")) {
            assertEquals("jdbc:postgresql://db.example:5432/shop", db.url());
            assertEquals("postgresql://ada:***@db.example:5432/shop", db.reactiveUrl().orElseThrow());
            assertEquals(Dialect.POSTGRESQL, db.dialect());
        }
        try (Database db = Database.create("h2:mem:masked")) {
            assertEquals("jdbc:h2:mem:masked;DB_CLOSE_DELAY=-1", db.url());
            assertEquals("jdbc:h2:mem:masked;DB_CLOSE_DELAY=-1", db.reactiveUrl().orElseThrow());
        }
    }

    @Test
    void sqliteWorksInBothModes() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("duoorm", ".db");
        try (Database db = Database.create("sqlite:" + file)) {
            db.execute("create table t (id integer primary key, name text)");
            db.transaction(tx -> tx.execute("insert into t values (?, ?)", 1, "Ada"));
            await(db.reactive().transaction(s -> s.execute("insert into t values (?, ?)", 2, "Grace")));
            assertEquals(2L, await(db.reactive().queryValue(Long.class, "select count(*) from t")).orElseThrow());
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    static String fullText(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c).append('\n');
            for (Throwable s : c.getSuppressed()) {
                sb.append(s).append('\n');
            }
        }
        return sb.toString();
    }

    static {
        TestDatabases.targets();
    }
}
