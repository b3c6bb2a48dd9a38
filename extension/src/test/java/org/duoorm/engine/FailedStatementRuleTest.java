package org.duoorm.engine;

import static org.duoorm.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import org.duoorm.ConstraintViolationException;
import org.duoorm.Dialect;
import org.duoorm.DuoOrmException;
import org.duoorm.Propagation;
import org.duoorm.ReactiveDatabase;
import org.duoorm.ReactiveSession;
import org.duoorm.Row;
import org.duoorm.Session;
import org.duoorm.TransactionInactiveException;
import org.duoorm.TransactionOptions;
import org.duoorm.testing.CountingListener;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One rule on every database and in both modes: a statement that fails inside a unit of work, outside a
 * NESTED scope, leaves the unit able only to roll back. Every later statement is refused before it is
 * sent, with {@link TransactionInactiveException} naming the first failure, and so is the commit.
 */
class FailedStatementRuleTest {
    private static final String ALL = "org.duoorm.testing.TestDatabases#all";
    private static final TransactionOptions NESTED = TransactionOptions.of(Propagation.NESTED);

    private static Uni<Integer> insert(ReactiveDatabase db, String table, int id, String name) {
        return db.execute("insert into " + table + " values (?, ?)", id, name);
    }

    private static void assertNamesFirstFailure(Throwable e, String firstFailure) {
        assertInstanceOf(TransactionInactiveException.class, e);
        String m = e.getMessage();
        assertTrue(m.contains(firstFailure), m);
        assertTrue(m.contains("Propagation.NESTED") && m.contains("new unit of work"), m);
    }

    private static long ids(DbFixture f, String in) {
        return f.db.queryValue(Long.class, "select count(*) from " + f.table + " where id in (" + in + ")").orElseThrow();
    }

    // ---- a caught failure: the later statement and the commit are refused ----

    @ParameterizedTest
    @MethodSource(ALL)
    void blockingCaughtFailureRefusesLaterStatementsAndTheCommit(Target target) {
        CountingListener l = new CountingListener();
        try (DbFixture f = new DbFixture(target, target.config().listener(l))) {
            f.insert(1, "before");
            TransactionInactiveException commit = assertThrows(TransactionInactiveException.class,
                    () -> f.db.useTransaction(tx -> {
                        f.insert(2, "Ada");
                        assertThrows(ConstraintViolationException.class, () -> f.insert(1, "duplicate"));
                        assertFalse(tx.isActive(), "it can no longer run statements");
                        assertTrue(tx.toString().contains("rollback-only"), tx.toString());
                        int sent = l.statements.size();
                        assertNamesFirstFailure(assertThrows(DuoOrmException.class, () -> f.insert(3, "after")),
                                "ConstraintViolationException");
                        assertNamesFirstFailure(assertThrows(DuoOrmException.class, () -> tx.query("select 1")),
                                "ConstraintViolationException");
                        assertEquals(sent, l.statements.size(), "a refused statement is not sent");
                    }));
            assertNamesFirstFailure(commit, "ConstraintViolationException");
            assertEquals(1L, f.count());
            assertEquals(1L, ids(f, "1"));
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void reactiveCaughtFailureRefusesLaterStatementsAndTheCommit(Target target) {
        CountingListener l = new CountingListener();
        try (DbFixture f = new DbFixture(target, target.config().listener(l))) {
            ReactiveDatabase db = f.db.reactive();
            f.insert(1, "before");
            AtomicReference<Throwable> next = new AtomicReference<>();
            AtomicReference<Throwable> onSession = new AtomicReference<>();
            AtomicInteger sent = new AtomicInteger();
            Throwable commit = assertThrows(DuoOrmException.class, () -> await(db.transaction(s -> insert(db, f.table, 2, "Ada")
                    .chain(() -> insert(db, f.table, 1, "duplicate"))
                    .onFailure(ConstraintViolationException.class).recoverWithItem(-1)
                    .invoke(() -> sent.set(l.statements.size()))
                    .chain(() -> insert(db, f.table, 3, "after")).onFailure().invoke(next::set).onFailure().recoverWithItem(-2)
                    .chain(() -> s.query("select 1")).onFailure().invoke(onSession::set).onFailure().recoverWithNull()
                    .invoke(() -> assertEquals(sent.get(), l.statements.size(), "a refused statement is not sent")))));
            assertNamesFirstFailure(next.get(), "ConstraintViolationException");
            assertNamesFirstFailure(onSession.get(), "ConstraintViolationException");
            assertNamesFirstFailure(commit, "ConstraintViolationException");
            assertEquals(1L, f.count());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void multiCaughtFailureRefusesLaterStatementsAndTheCommit(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            ReactiveDatabase db = f.db.reactive();
            f.insert(1, "before");
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            Throwable commit = assertThrows(DuoOrmException.class, () -> await(db.transactionMulti(TransactionOptions.defaults(),
                    s -> Multi.createFrom().items(2, 1, 3).onItem().transformToUniAndConcatenate(i -> insert(db, f.table, i, "n" + i)
                            .onFailure().recoverWithItem(e -> {
                                failures.add(e);
                                return -1;
                            })))
                    .collect().asList()));
            assertEquals(2, failures.size(), failures.toString());
            assertInstanceOf(ConstraintViolationException.class, failures.get(0));
            assertNamesFirstFailure(failures.get(1), "ConstraintViolationException");
            assertNamesFirstFailure(commit, "ConstraintViolationException");
            assertEquals(1L, f.count());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void aStatementQueuedBehindAFailedOneIsRefusedWhenItsTurnComes(Target target) {
        CountingListener l = new CountingListener();
        try (DbFixture f = new DbFixture(target, target.config().listener(l))) {
            ReactiveDatabase db = f.db.reactive();
            f.insert(1, "before");
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            AtomicInteger sent = new AtomicInteger();
            Function<Uni<Integer>, Uni<Integer>> keep = u -> u.onFailure().recoverWithItem(e -> {
                failures.add(e);
                return -1;
            });
            // Both are submitted (and pass the check at submission) before the first one fails on the connection.
            assertThrows(TransactionInactiveException.class, () -> await(db.transaction(s -> insert(db, f.table, 2, "Ada")
                    .invoke(() -> sent.set(l.statements.size()))
                    .chain(() -> Uni.combine().all().unis(keep.apply(insert(db, f.table, 1, "duplicate")),
                            keep.apply(insert(db, f.table, 3, "queued"))).asTuple()))));
            assertEquals(2, failures.size(), failures.toString());
            assertInstanceOf(ConstraintViolationException.class, failures.get(0));
            assertNamesFirstFailure(failures.get(1), "ConstraintViolationException");
            List<String> after = l.statements.subList(sent.get(), l.statements.size());
            assertEquals(1, after.stream().filter(sql -> sql.startsWith("insert")).count(), "the queued insert was sent: " + after);
            assertEquals(1L, f.count());
        }
    }

    // ---- NESTED isolates a failure ----

    @ParameterizedTest
    @MethodSource(ALL)
    void blockingNestedScopeRecoversAndTheOuterCommitsItsOtherRows(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            f.insert(1, "before");
            f.db.useTransaction(outer -> {
                f.insert(2, "kept");
                assertThrows(ConstraintViolationException.class, () -> f.db.useTransaction(NESTED, inner -> {
                    f.insert(3, "undone");
                    f.insert(1, "duplicate");
                }));
                TransactionInactiveException e = assertThrows(TransactionInactiveException.class,
                        () -> f.db.useTransaction(NESTED, inner -> {
                            f.insert(4, "undone");
                            assertThrows(ConstraintViolationException.class, () -> f.insert(1, "duplicate"));
                            assertNamesFirstFailure(assertThrows(DuoOrmException.class, () -> f.insert(5, "refused")),
                                    "ConstraintViolationException");
                        }));
                assertTrue(e.getMessage().contains("ConstraintViolationException"), e.getMessage());
                f.insert(6, "kept too");
            });
            assertEquals(3L, f.count());
            assertEquals(3L, ids(f, "1, 2, 6"));
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void reactiveNestedScopeRecoversAndTheOuterCommitsItsOtherRows(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            ReactiveDatabase db = f.db.reactive();
            f.insert(1, "before");
            AtomicReference<Throwable> refused = new AtomicReference<>();
            AtomicReference<Throwable> nestedEnd = new AtomicReference<>();
            await(db.transaction(outer -> insert(db, f.table, 2, "kept")
                    .chain(() -> db.transaction(NESTED, inner -> insert(db, f.table, 3, "undone")
                                    .chain(() -> insert(db, f.table, 1, "duplicate")))
                            .onFailure(ConstraintViolationException.class).recoverWithItem(-1))
                    .chain(() -> db.transaction(NESTED, inner -> insert(db, f.table, 4, "undone")
                                    .chain(() -> insert(db, f.table, 1, "duplicate"))
                                    .onFailure(ConstraintViolationException.class).recoverWithItem(-1)
                                    .chain(() -> insert(db, f.table, 5, "refused"))
                                    .onFailure().invoke(refused::set).onFailure().recoverWithItem(-2))
                            .onFailure().invoke(nestedEnd::set).onFailure().recoverWithItem(-3))
                    .chain(() -> insert(db, f.table, 6, "kept too"))));
            assertNamesFirstFailure(refused.get(), "ConstraintViolationException");
            assertInstanceOf(TransactionInactiveException.class, nestedEnd.get());
            assertEquals(3L, f.count());
            assertEquals(3L, ids(f, "1, 2, 6"));
        }
    }

    // ---- a failed inner joined scope ----

    @ParameterizedTest
    @MethodSource(ALL)
    void blockingFailedJoinedScopeRefusesTheNextStatement(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            TransactionInactiveException commit = assertThrows(TransactionInactiveException.class,
                    () -> f.db.useTransaction(outer -> {
                        f.insert(1, "Ada");
                        assertThrows(IllegalArgumentException.class, () -> f.db.useTransaction(inner -> {
                            f.insert(2, "Grace");
                            throw new IllegalArgumentException("inner gave up");
                        }));
                        assertNamesFirstFailure(assertThrows(DuoOrmException.class, () -> f.insert(3, "after")),
                                "IllegalArgumentException: inner gave up");
                    }));
            assertNamesFirstFailure(commit, "IllegalArgumentException: inner gave up");
            assertEquals(0L, f.count());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void reactiveFailedJoinedScopeRefusesTheNextStatement(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            ReactiveDatabase db = f.db.reactive();
            AtomicReference<Throwable> next = new AtomicReference<>();
            Throwable commit = assertThrows(DuoOrmException.class, () -> await(db.transaction(outer -> insert(db, f.table, 1, "Ada")
                    .chain(() -> db.transaction(inner -> insert(db, f.table, 2, "Grace")
                            .chain(() -> Uni.createFrom().<Integer>failure(new IllegalArgumentException("inner gave up")))))
                    .onFailure(IllegalArgumentException.class).recoverWithItem(-1)
                    .chain(() -> insert(db, f.table, 3, "after")).onFailure().invoke(next::set).onFailure().recoverWithItem(-2))));
            assertNamesFirstFailure(next.get(), "IllegalArgumentException: inner gave up");
            assertNamesFirstFailure(commit, "IllegalArgumentException: inner gave up");
            assertEquals(0L, f.count());
        }
    }

    // ---- a failure while reading a cursor ----

    /** Rows 1 and 2 read fine; from row 3 on the scalar subquery yields several rows, which every database refuses. */
    private static String failingCursor(DbFixture f) {
        return "select t.id, (select x.id from " + f.table + " x where t.id >= 3) as v from " + f.table + " t order by t.id";
    }

    private static void fiveRows(DbFixture f) {
        for (int i = 1; i <= 5; i++) {
            f.insert(i, "n" + i);
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void blockingCursorFailureCountsAsAStatementFailure(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            fiveRows(f);
            List<Object> read = new ArrayList<>();
            TransactionInactiveException commit = assertThrows(TransactionInactiveException.class,
                    () -> f.db.useTransaction(tx -> {
                        f.insert(6, "added");
                        DuoOrmException e = assertThrows(DuoOrmException.class, () -> {
                            try (Stream<Row> rows = tx.stream(failingCursor(f), 1)) {
                                Iterator<Row> it = rows.iterator();
                                while (it.hasNext()) {
                                    read.add(it.next().get(0));
                                }
                            }
                        });
                        assertNamesFirstFailure(assertThrows(DuoOrmException.class, () -> f.insert(7, "after")),
                                e.getClass().getSimpleName());
                    }));
            // H2 computes the whole result when the cursor opens; the others fail while it is read.
            assertEquals(target.dialect() == Dialect.H2 ? 0 : 2, read.size(), read.toString());
            assertTrue(commit.getMessage().contains("statement"), commit.getMessage());
            assertEquals(5L, f.count());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void reactiveCursorFailureCountsAsAStatementFailure(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            ReactiveDatabase db = f.db.reactive();
            fiveRows(f);
            AtomicReference<Throwable> cursor = new AtomicReference<>();
            AtomicReference<Throwable> next = new AtomicReference<>();
            AtomicInteger read = new AtomicInteger();
            Throwable commit = assertThrows(DuoOrmException.class, () -> await(db.transaction(s -> insert(db, f.table, 6, "added")
                    .chain(() -> s.stream(failingCursor(f), 1).invoke(r -> read.incrementAndGet()).collect().asList())
                    .onFailure().invoke(cursor::set).onFailure().recoverWithNull()
                    .chain(() -> insert(db, f.table, 7, "after")).onFailure().invoke(next::set).onFailure().recoverWithItem(-2))));
            if (target.dialect() == Dialect.POSTGRESQL) {
                assertEquals(2, read.get(), "PostgreSQL's cursor fails while it is read");
            }
            assertTrue(cursor.get() instanceof DuoOrmException, String.valueOf(cursor.get()));
            assertNamesFirstFailure(next.get(), cursor.get().getClass().getSimpleName());
            assertNamesFirstFailure(commit, cursor.get().getClass().getSimpleName());
            assertEquals(5L, f.count());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void multiCursorFailureCountsAsAStatementFailure(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            ReactiveDatabase db = f.db.reactive();
            fiveRows(f);
            AtomicReference<Throwable> next = new AtomicReference<>();
            Throwable commit = assertThrows(DuoOrmException.class, () -> await(db.transactionMulti(TransactionOptions.defaults(),
                    s -> insert(db, f.table, 6, "added").onItem().transformToMulti(n -> s.stream(failingCursor(f), 1))
                            .onFailure().recoverWithMulti(() -> insert(db, f.table, 7, "after").onFailure().invoke(next::set)
                                    .onFailure().recoverWithItem(-2).onItem().transformToMulti(n -> Multi.createFrom().empty())))
                    .collect().asList()));
            assertInstanceOf(TransactionInactiveException.class, next.get());
            assertNamesFirstFailure(commit, "statement");
            assertEquals(5L, f.count());
        }
    }

    // ---- standalone sessions: marked until the caller's rollback ----

    @ParameterizedTest
    @MethodSource(ALL)
    void blockingStandaloneSessionIsMarkedUntilItsRollback(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            f.insert(1, "before");
            try (Session s = f.db.syncStandaloneSession()) {
                s.execute("insert into " + f.table + " values (?, ?)", 2, "undone by the rollback");
                assertThrows(ConstraintViolationException.class,
                        () -> s.execute("insert into " + f.table + " values (?, ?)", 1, "duplicate"));
                TransactionInactiveException next = assertThrows(TransactionInactiveException.class,
                        () -> s.execute("insert into " + f.table + " values (?, ?)", 3, "refused"));
                assertTrue(next.getMessage().contains("ConstraintViolationException")
                        && next.getMessage().contains("rollback()"), next.getMessage());
                TransactionInactiveException commit = assertThrows(TransactionInactiveException.class, s::commit);
                assertTrue(commit.getMessage().contains("ConstraintViolationException"), commit.getMessage());
                assertFalse(s.isActive());
                s.rollback();
                assertTrue(s.isActive(), "rollback() clears the mark");
                s.execute("insert into " + f.table + " values (?, ?)", 4, "after the rollback");
                s.commit();
            }
            assertEquals(2L, f.count());
            assertEquals(2L, ids(f, "1, 4"));
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void reactiveStandaloneSessionIsMarkedUntilItsRollback(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            f.insert(1, "before");
            ReactiveSession s = await(f.db.standaloneSession());
            try {
                String insert = "insert into " + f.table + " values (?, ?)";
                await(s.execute(insert, 2, "undone by the rollback"));
                assertThrows(ConstraintViolationException.class, () -> await(s.execute(insert, 1, "duplicate")));
                TransactionInactiveException next = assertThrows(TransactionInactiveException.class,
                        () -> await(s.execute(insert, 3, "refused")));
                assertTrue(next.getMessage().contains("ConstraintViolationException")
                        && next.getMessage().contains("rollback()"), next.getMessage());
                TransactionInactiveException commit = assertThrows(TransactionInactiveException.class, () -> await(s.commit()));
                assertTrue(commit.getMessage().contains("ConstraintViolationException"), commit.getMessage());
                assertFalse(s.isActive());
                await(s.rollback());
                assertTrue(s.isActive(), "rollback() clears the mark");
                await(s.execute(insert, 4, "after the rollback"));
                await(s.commit());
            } finally {
                await(s.close());
            }
            assertEquals(2L, f.count());
            assertEquals(2L, ids(f, "1, 4"));
        }
    }
}
