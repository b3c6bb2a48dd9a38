package org.duoorm.engine;

import static org.duoorm.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.duoorm.Dialect;
import org.duoorm.DuoOrmException;
import org.duoorm.Isolation;
import org.duoorm.Propagation;
import org.duoorm.ReactiveDatabase;
import org.duoorm.ReactiveSession;
import org.duoorm.ReadOnlyTransactionException;
import org.duoorm.Session;
import org.duoorm.TransactionInactiveException;
import org.duoorm.TransactionOptions;
import org.duoorm.testing.CountingListener;
import org.duoorm.testing.Tables;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A read-only unit of work never writes, on every database and in both modes: a statement that writes is
 * refused before it is sent, with {@link ReadOnlyTransactionException}, and counts as a failed statement.
 */
class ReadOnlyUnitTest {
    private static final String ALL = "org.duoorm.testing.TestDatabases#all";
    private static final String NETWORKED = "org.duoorm.testing.TestDatabases#networked";
    private static final TransactionOptions READ_ONLY = TransactionOptions.defaults().withReadOnly(true);

    /** Statements that write, each refused before it is sent (so they need not be valid on every database). */
    private static Map<String, String> writes(DbFixture f) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("insert", "insert into " + f.table + " values (2, 'refused')");
        m.put("update", "update " + f.table + " set name = 'refused'");
        m.put("delete", "-- a comment first\n  DELETE FROM " + f.table);
        m.put("data-modifying WITH", "with gone as (delete from " + f.table + " returning id) select count(*) from gone");
        m.put("create", "create table " + Tables.unique("e_ro") + " (id int)");
        m.put("drop", "drop table " + f.table);
        m.put("truncate", "truncate table " + f.table);
        m.put("set", "set lock_timeout = 1000");
        return m;
    }

    private static void assertRefusedBeforeSending(Throwable e, DbFixture f) {
        assertInstanceOf(ReadOnlyTransactionException.class, e);
        String m = e.getMessage();
        assertTrue(m.contains("'" + f.db.name() + "'") && m.contains("read-only") && m.contains("REQUIRES_NEW"), m);
        assertNull(((ReadOnlyTransactionException) e).sqlState(), "refused by DuoORM, not by the database");
    }

    private static void assertNamesRefusal(Throwable e) {
        assertInstanceOf(TransactionInactiveException.class, e);
        assertTrue(e.getMessage().contains("ReadOnlyTransactionException"), e.getMessage());
    }

    private static void assertUntouched(DbFixture f) {
        assertEquals("kept", f.db.queryValue(String.class, "select name from " + f.table + " where id = 1").orElseThrow());
        assertEquals(1L, f.count());
    }

    // ---- refused before sending ----

    @ParameterizedTest
    @MethodSource(ALL)
    void blockingWritesAreRefusedBeforeTheyAreSent(Target target) {
        CountingListener l = new CountingListener();
        try (DbFixture f = new DbFixture(target, target.config().listener(l))) {
            f.insert(1, "kept");
            Map<String, Consumer<Session>> cases = new LinkedHashMap<>();
            writes(f).forEach((name, sql) -> cases.put(name, s -> s.execute(sql)));
            cases.put("ambient insert", s -> f.insert(3, "refused"));
            cases.put("batch", s -> s.executeBatch("insert into " + f.table + " values (?, ?)", List.<Object[]>of(new Object[] {4, "x"})));
            cases.put("stream", s -> s.stream("delete from " + f.table + " returning id", 10).close());
            cases.forEach((name, write) -> {
                TransactionInactiveException commit = assertThrows(TransactionInactiveException.class,
                        () -> f.db.useTransaction(READ_ONLY, tx -> {
                            assertEquals(1L, f.count(), "reads run");
                            int sent = l.statements.size();
                            assertRefusedBeforeSending(assertThrows(DuoOrmException.class, () -> write.accept(tx), name), f);
                            assertNamesRefusal(assertThrows(DuoOrmException.class, () -> tx.query("select 1")));
                            assertEquals(sent, l.statements.size(), name + " was sent");
                        }), name);
                assertNamesRefusal(commit);
            });
            assertUntouched(f);
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void reactiveWritesAreRefusedBeforeTheyAreSent(Target target) {
        CountingListener l = new CountingListener();
        try (DbFixture f = new DbFixture(target, target.config().listener(l))) {
            ReactiveDatabase db = f.db.reactive();
            f.insert(1, "kept");
            Map<String, Function<ReactiveSession, Uni<?>>> cases = new LinkedHashMap<>();
            writes(f).forEach((name, sql) -> cases.put(name, s -> s.execute(sql)));
            cases.put("ambient insert", s -> db.execute("insert into " + f.table + " values (?, ?)", 3, "refused"));
            cases.put("batch", s -> s.executeBatch("insert into " + f.table + " values (?, ?)", List.<Object[]>of(new Object[] {4, "x"})));
            cases.put("stream", s -> s.stream("delete from " + f.table + " returning id", 10).collect().asList());
            cases.forEach((name, write) -> {
                AtomicReference<Throwable> refused = new AtomicReference<>();
                AtomicReference<Throwable> next = new AtomicReference<>();
                Throwable commit = assertThrows(DuoOrmException.class, () -> await(db.transaction(READ_ONLY, s -> {
                    int sent = l.statements.size();
                    return write.apply(s).onFailure().invoke(refused::set).onFailure().recoverWithNull()
                            .chain(() -> s.query("select 1")).onFailure().invoke(next::set).onFailure().recoverWithNull()
                            .invoke(() -> assertEquals(sent, l.statements.size(), name + " was sent"));
                })), name);
                assertRefusedBeforeSending(refused.get(), f);
                assertNamesRefusal(next.get());
                assertNamesRefusal(commit);
            });
            assertUntouched(f);
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void multiWritesAreRefusedBeforeTheyAreSent(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            ReactiveDatabase db = f.db.reactive();
            f.insert(1, "kept");
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            Throwable commit = assertThrows(DuoOrmException.class, () -> await(db.transactionMulti(READ_ONLY, s ->
                    s.stream("select id from " + f.table, 10).onItem().transformToUniAndConcatenate(r ->
                            s.execute("update " + f.table + " set name = ? where id = ?", "refused", r.get(0))
                                    .onFailure().recoverWithItem(e -> {
                                        failures.add(e);
                                        return -1;
                                    })
                                    .chain(() -> s.query("select 1").onFailure().recoverWithItem(e -> {
                                        failures.add(e);
                                        return List.of();
                                    }))))
                    .collect().asList()));
            assertEquals(2, failures.size(), failures.toString());
            assertRefusedBeforeSending(failures.get(0), f);
            assertNamesRefusal(failures.get(1));
            assertNamesRefusal(commit);
            assertUntouched(f);
        }
    }

    // ---- joining ----

    @ParameterizedTest
    @MethodSource(ALL)
    void joiningAReadOnlyUnitForWritingIsARefusedWrite(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            ReactiveDatabase db = f.db.reactive();
            f.insert(1, "kept");
            assertNamesRefusal(assertThrows(TransactionInactiveException.class, () -> f.db.useTransaction(READ_ONLY, outer ->
                    assertRefusedBeforeSending(assertThrows(DuoOrmException.class,
                            () -> f.db.useTransaction(inner -> f.insert(2, "refused"))), f))));
            AtomicReference<Throwable> join = new AtomicReference<>();
            assertNamesRefusal(assertThrows(TransactionInactiveException.class, () -> await(db.transaction(READ_ONLY, outer ->
                    db.transaction(inner -> db.execute("insert into " + f.table + " values (2, 'refused')"))
                            .onFailure().invoke(join::set).onFailure().recoverWithNull()))));
            assertRefusedBeforeSending(join.get(), f);
            assertUntouched(f);
        }
    }

    // ---- what the engine runs itself, and reads ----

    @ParameterizedTest
    @MethodSource(ALL)
    void readOnlyUnitsReadCommitAndNest(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            ReactiveDatabase db = f.db.reactive();
            f.insert(1, "kept");
            TransactionOptions serializable = READ_ONLY.withIsolation(Isolation.SERIALIZABLE);
            TransactionOptions nested = READ_ONLY.withPropagation(Propagation.NESTED);
            long blocking = f.db.transaction(serializable, tx -> f.db.transaction(nested, inner -> f.count()));
            assertEquals(1L, blocking);
            long reactive = await(db.transaction(serializable, s -> db.transaction(nested, inner ->
                    inner.queryValue(Long.class, "select count(*) from " + f.table).map(v -> v.orElseThrow()))));
            assertEquals(1L, reactive);
            assertEquals(1, db.transactionMulti(serializable, s -> s.stream("select id from " + f.table, 10))
                    .collect().asList().await().atMost(org.duoorm.testing.Await.TIMEOUT).size());
            assertUntouched(f);
        }
    }

    // ---- a write the parser cannot see: the database refuses it, with the same exception ----

    private static String createWritingFunction(DbFixture f, String function) {
        if (f.db.dialect() == Dialect.POSTGRESQL) {
            f.db.execute("create function " + function + "() returns int language sql as 'insert into " + f.table
                    + " values (9, ''hidden''); select 1'");
        } else {
            f.db.execute("create function " + function + "() returns int modifies sql data begin insert into " + f.table
                    + " values (9, 'hidden'); return 1; end");
        }
        return "select " + function + "()";
    }

    private static void assertRefusedByTheDatabase(Throwable e, DbFixture f) {
        assertInstanceOf(ReadOnlyTransactionException.class, e);
        assertEquals("25006", ((ReadOnlyTransactionException) e).sqlState(), e.getMessage());
        assertTrue(e.getMessage().contains("'" + f.db.name() + "'") && e.getMessage().contains("read-only")
                && e.getMessage().contains("REQUIRES_NEW"), e.getMessage());
    }

    @ParameterizedTest(allowZeroInvocations = true)
    @MethodSource(NETWORKED)
    void aWriteHiddenInAFunctionIsRefusedByTheDatabase(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            f.insert(1, "kept");
            String function = Tables.unique("e_ro_fn");
            String call = createWritingFunction(f, function);
            try {
                assertNamesRefusal(assertThrows(TransactionInactiveException.class, () -> f.db.useTransaction(READ_ONLY, tx ->
                        assertRefusedByTheDatabase(assertThrows(DuoOrmException.class, () -> tx.query(call)), f))));
                AtomicReference<Throwable> refused = new AtomicReference<>();
                assertNamesRefusal(assertThrows(TransactionInactiveException.class, () -> await(f.db.reactive()
                        .transaction(READ_ONLY, s -> s.query(call).onFailure().invoke(refused::set).onFailure().recoverWithNull()))));
                assertRefusedByTheDatabase(refused.get(), f);
                assertUntouched(f);
            } finally {
                f.db.execute("drop function " + function);
            }
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void aStreamedReadOnlyUnitRefusesAWriteToo(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            ReactiveDatabase db = f.db.reactive();
            f.insert(1, "kept");
            Throwable e = assertThrows(DuoOrmException.class, () -> await(db.transactionMulti(READ_ONLY, s ->
                    Multi.createFrom().item(1).onItem().transformToUniAndConcatenate(i ->
                            db.execute("insert into " + f.table + " values (?, ?)", 2, "refused")))
                    .collect().asList()));
            assertRefusedBeforeSending(e, f);
            assertUntouched(f);
        }
    }
}
