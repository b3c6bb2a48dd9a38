package org.duoorm.samples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.duoorm.Database;
import org.duoorm.DatabaseConfig;
import org.duoorm.DriverInUrlException;
import org.duoorm.EngineOptions;
import org.duoorm.Isolation;
import org.duoorm.Propagation;
import org.duoorm.ReactiveDatabase;
import org.duoorm.ReactiveDisabledException;
import org.duoorm.Row;
import org.duoorm.Session;
import org.duoorm.TransactionOptions;
import org.duoorm.TransactionTimeoutException;
import org.duoorm.UnknownEngineOptionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The code shown in docs/getting-started.md, docs/transactions.md and docs/configuration.md, compiled
 * and run on H2, so the docs cannot drift from the API. Keep each block in step with its page.
 */
class DocsSnippetsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static int counter;
    private Database db;

    @BeforeEach
    void open() {
        db = Database.create(DatabaseConfig.url("h2:mem:docs_" + (++counter)).build());
        db.connect();
        db.execute("create table person (id int primary key, name varchar(100) not null, born int)");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void gettingStartedBlocking() {
        int inserted = db.execute("insert into person (id, name, born) values (?, ?, ?)", 1, "Ada Lovelace", 1815);
        assertEquals(1, inserted);

        List<Row> rows = db.query("select id, name, born from person where born < ?", 1900);
        assertEquals("Ada Lovelace", rows.get(0).get("name", String.class));
        assertEquals(1815, rows.get(0).get("born", Integer.class));

        Optional<Long> count = db.queryValue(Long.class, "select count(*) from person");
        assertEquals(Optional.of(1L), count);

        db.execute("update person set born = :born where id = :id", Map.of("born", 1816, "id", 1));
        assertEquals(Optional.of(1816), db.queryValue(Integer.class, "select born from person where id = ?", 1));

        try (Stream<Row> s = db.stream("select name from person order by id", 100)) {
            assertEquals(List.of("Ada Lovelace"), s.map(r -> (String) r.get("name")).collect(Collectors.toList()));
        }
    }

    @Test
    void gettingStartedTransactions() {
        db.useTransaction(tx -> {
            tx.execute("insert into person (id, name, born) values (?, ?, ?)", 2, "Grace Hopper", 1906);
            db.execute("insert into person (id, name, born) values (?, ?, ?)", 3, "Alan Turing", 1912);
        });
        long n = db.transaction(tx -> tx.queryValue(Long.class, "select count(*) from person").orElse(0L));
        assertEquals(2L, n);

        assertThrows(IllegalStateException.class, () -> db.useTransaction(tx -> {
            db.execute("insert into person (id, name, born) values (?, ?, ?)", 4, "Nobody", 2000);
            throw new IllegalStateException("rolls back");
        }));
        assertEquals(Optional.of(2L), db.queryValue(Long.class, "select count(*) from person"));
    }

    @Test
    void gettingStartedReactive() {
        ReactiveDatabase rx = db.reactive();
        Uni<Integer> insert = rx.execute("insert into person (id, name, born) values (?, ?, ?)", 4, "Katherine Johnson", 1918);
        assertEquals(1, insert.await().atMost(WAIT));

        Uni<List<Row>> modern = rx.query("select name from person where born >= ?", 1900);
        assertEquals(1, modern.await().atMost(WAIT).size());

        Uni<Optional<Long>> count = rx.queryValue(Long.class, "select count(*) from person");
        assertEquals(Optional.of(1L), count.await().atMost(WAIT));

        Uni<Integer> both = rx.transaction(s -> s.execute("insert into person values (?, ?, ?)", 5, "Edsger Dijkstra", 1930)
                .chain(a -> s.execute("insert into person values (?, ?, ?)", 6, "Barbara Liskov", 1939).map(b -> a + b)));
        assertEquals(2, both.await().atMost(WAIT));

        Multi<Row> all = rx.stream("select name from person order by id", 100);
        assertEquals(3, all.collect().asList().await().atMost(WAIT).size());
    }

    @Test
    void transactionsReactiveJoinsAndRollsBack() {
        Uni<Integer> joined = db.reactive().transaction(s -> s.execute("insert into person values (?, ?, ?)", 1, "A", 1)
                .chain(() -> db.reactive().execute("insert into person values (?, ?, ?)", 2, "B", 2))
                .chain(() -> Uni.createFrom().<Integer>failure(new IllegalStateException("undo both"))));
        assertThrows(IllegalStateException.class, () -> joined.await().atMost(WAIT));
        assertEquals(Optional.of(0L), db.queryValue(Long.class, "select count(*) from person"));
    }

    @Test
    void transactionsPropagation() {
        db.useTransaction(outer -> {
            outer.execute("insert into person values (?, ?, ?)", 1, "kept", 1);
            assertThrows(IllegalStateException.class, () -> db.useTransaction(TransactionOptions.of(Propagation.NESTED), inner -> {
                inner.execute("insert into person values (?, ?, ?)", 2, "undone", 2);
                throw new IllegalStateException("only the savepoint");
            }));
        });
        assertEquals(List.of("kept"), db.query("select name from person").stream()
                .map(r -> r.get("name", String.class)).collect(Collectors.toList()));
    }

    @Test
    void transactionsTimeLimit() {
        TransactionOptions o = TransactionOptions.defaults()
                .withIsolation(Isolation.SERIALIZABLE)
                .withTimeout(Duration.ofMillis(50));
        assertThrows(TransactionTimeoutException.class, () -> db.useTransaction(o, tx -> {
            Thread.sleep(200);
            tx.execute("insert into person values (?, ?, ?)", 1, "too late", 1);
        }));
        assertEquals(Optional.of(0L), db.queryValue(Long.class, "select count(*) from person"));

        Uni<Integer> slow = db.reactive().transaction(TransactionOptions.defaults().withTimeout(Duration.ofMillis(50)),
                s -> s.execute("insert into person values (?, ?, ?)", 2, "too late", 2)
                        .onItem().delayIt().by(Duration.ofMillis(500)));
        assertThrows(TransactionTimeoutException.class, () -> slow.await().atMost(WAIT));
        assertEquals(Optional.of(0L), db.queryValue(Long.class, "select count(*) from person"));
    }

    @Test
    void transactionsStandaloneSessions() {
        try (Session s = db.syncStandaloneSession()) {
            assertFalse(s.isManaged());
            s.execute("insert into person (id, name, born) values (?, ?, ?)", 7, "queued", 1);
            s.commit();
            s.execute("update person set name = ? where id = ?", "running", 7);
            s.rollback();
        }
        assertEquals(Optional.of("queued"), db.queryValue(String.class, "select name from person where id = ?", 7));

        Uni<Integer> n = db.standaloneSession().chain(s ->
                s.execute("insert into person (id, name, born) values (?, ?, ?)", 8, "queued", 1)
                        .call(s::commit)
                        .eventually(s::close));
        assertEquals(1, n.await().atMost(WAIT));
        assertEquals(Optional.of(2L), db.queryValue(Long.class, "select count(*) from person"));
        assertTrue(db.currentSession().isEmpty());
    }

    @Test
    void configurationErrors() {
        assertThrows(DriverInUrlException.class, () -> Database.create("postgresql+asyncpg://u@h/db"));
        assertThrows(UnknownEngineOptionException.class,
                () -> DatabaseConfig.url("h2:mem:x").engineOption("poolSize", 3));
        DatabaseConfig ok = DatabaseConfig.url("h2:mem:x").engineOption(EngineOptions.ACQUISITION_TIMEOUT, "5s").build();
        assertEquals(Duration.ofSeconds(5), ok.engineOptions().durationValue(EngineOptions.ACQUISITION_TIMEOUT));

        try (Database blockingOnly = Database.create(DatabaseConfig.url("h2:mem:docs_blocking_only").deriveAsync(false).build())) {
            assertTrue(blockingOnly.reactiveUrl().isEmpty());
            assertEquals(0, blockingOnly.execute("create table t (id int)"));
            assertThrows(ReactiveDisabledException.class, () -> blockingOnly.reactive().query("select 1").await().atMost(WAIT));
        }
    }
}
