package org.duoorm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.duoorm.ConstraintViolationException;
import org.duoorm.Database;
import org.duoorm.Propagation;
import org.duoorm.Session;
import org.duoorm.TransactionException;
import org.duoorm.TransactionInactiveException;
import org.duoorm.TransactionNotAllowedException;
import org.duoorm.TransactionOptions;
import org.duoorm.TransactionRequiredException;
import org.duoorm.testing.ConnectionIds;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Blocking units of work on every database. */
class BlockingTransactionTest {
    private static final String ALL = "org.duoorm.testing.TestDatabases#all";

    @ParameterizedTest
    @MethodSource(ALL)
    void commitsWhenTheWorkCompletes(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            int n = f.db.transaction(tx -> {
                tx.execute("insert into " + f.table + " values (?, ?)", 1, "Ada");
                f.db.execute("insert into " + f.table + " values (?, ?)", 2, "Grace");
                return tx.queryValue(Long.class, "select count(*) from " + f.table).orElseThrow().intValue();
            });
            assertEquals(2, n);
            assertEquals(2L, f.count());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void rollsBackOnAnyExceptionAndRethrowsIt(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.db.useTransaction(tx -> {
                f.insert(1, "Ada");
                throw new IllegalStateException("boom");
            }));
            assertEquals("boom", e.getMessage());
            IOException checked = assertThrows(IOException.class, () -> f.db.<Void, IOException>transaction(tx -> {
                f.insert(2, "Grace");
                throw new IOException("disk");
            }));
            assertEquals("disk", checked.getMessage());
            assertEquals(0L, f.count());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void outsideAUnitOfWorkEachStatementCommitsOnItsOwn(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            f.insert(1, "Ada");
            assertThrows(ConstraintViolationException.class, () -> f.insert(1, "Again"));
            assertEquals(1L, f.count());
            assertFalse(f.db.currentSession().isPresent());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void anInnerTransactionJoinsByDefaultAndSharesTheConnection(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            String id = ConnectionIds.sql(target.dialect());
            assertThrows(IllegalStateException.class, () -> f.db.useTransaction(outer -> {
                Object outerId = outer.query(id).get(0).get(0);
                f.db.useTransaction(inner -> {
                    assertEquals(outerId, inner.query(id).get(0).get(0));
                    assertEquals(outerId, f.db.query(id).get(0).get(0));
                    f.insert(1, "Ada");
                });
                throw new IllegalStateException("outer fails after the inner completed");
            }));
            assertEquals(0L, f.count());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void aSwallowedInnerFailureStillRollsTheOuterBack(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            TransactionException e = assertThrows(TransactionException.class, () -> f.db.useTransaction(outer -> {
                f.insert(1, "Ada");
                try {
                    f.db.useTransaction(inner -> {
                        throw new IllegalArgumentException("inner");
                    });
                } catch (IllegalArgumentException swallowed) {
                    // the outer carries on as if nothing happened
                }
            }));
            assertTrue(e.getMessage().contains("rolled back"), e.getMessage());
            assertEquals(0L, f.count());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void requiresNewCommitsOnItsOwnConnection(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            String id = ConnectionIds.sql(target.dialect());
            assertThrows(IllegalStateException.class, () -> f.db.useTransaction(outer -> {
                Object outerId = outer.query(id).get(0).get(0);
                f.insert(1, "rolled back");
                f.db.useTransaction(TransactionOptions.of(Propagation.REQUIRES_NEW), inner -> {
                    assertNotEquals(outerId, inner.query(id).get(0).get(0));
                    f.insert(2, "kept");
                });
                assertEquals(outerId, f.db.query(id).get(0).get(0), "the outer unit of work is resumed");
                throw new IllegalStateException("outer fails");
            }));
            assertEquals(1L, f.count());
            assertEquals("kept", f.db.queryValue(String.class, "select name from " + f.table).orElseThrow());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void nestedRollsBackToItsSavepointOnly(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            f.db.useTransaction(outer -> {
                f.insert(1, "kept");
                assertThrows(ConstraintViolationException.class, () -> f.db.useTransaction(
                        TransactionOptions.of(Propagation.NESTED), inner -> {
                            f.insert(2, "undone");
                            f.insert(1, "duplicate");
                        }));
                f.insert(3, "also kept");
            });
            assertEquals(2L, f.count());
            assertEquals(0L, f.db.queryValue(Long.class, "select count(*) from " + f.table + " where id = 2").orElseThrow());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void mandatoryNeverSupportsAndNotSupported(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            assertThrows(TransactionRequiredException.class,
                    () -> f.db.useTransaction(TransactionOptions.of(Propagation.MANDATORY), tx -> f.insert(9, "x")));
            f.db.useTransaction(TransactionOptions.of(Propagation.SUPPORTS), tx -> {
                f.insert(1, "auto-commit");
                assertFalse(f.db.currentSession().isPresent());
            });
            assertThrows(IllegalStateException.class, () -> f.db.useTransaction(outer -> {
                f.db.useTransaction(TransactionOptions.of(Propagation.MANDATORY), tx -> f.insert(2, "joined"));
                assertThrows(TransactionNotAllowedException.class,
                        () -> f.db.useTransaction(TransactionOptions.of(Propagation.NEVER), tx -> f.insert(3, "never")));
                f.db.useTransaction(TransactionOptions.of(Propagation.NOT_SUPPORTED), tx -> {
                    f.insert(4, "suspended outer, committed alone");
                    tx.execute("insert into " + f.table + " values (?, ?)", 5, "also alone");
                });
                throw new IllegalStateException("outer fails");
            }));
            assertEquals(3L, f.count());
            assertEquals(0L, f.db.queryValue(Long.class, "select count(*) from " + f.table + " where id in (2, 3)").orElseThrow());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void aFailedStatementMakesTheUnitOfWorkRollBack(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            f.insert(1, "Ada");
            TransactionException e = assertThrows(TransactionException.class, () -> f.db.useTransaction(tx -> {
                f.insert(2, "Grace");
                ConstraintViolationException c = assertThrows(ConstraintViolationException.class, () -> f.insert(1, "dup"));
                assertTrue(c.sqlState().startsWith("23"), c.sqlState());
            }));
            assertTrue(e.getMessage().contains("NESTED"), e.getMessage());
            assertEquals(1L, f.count());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void anEndedUnitOfWorkStaysDead(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            AtomicReference<Session> leaked = new AtomicReference<>();
            f.db.useTransaction(leaked::set);
            assertFalse(leaked.get().isActive());
            assertThrows(TransactionInactiveException.class, () -> leaked.get().execute("insert into " + f.table
                    + " values (?, ?)", 1, "late"));
            assertThrows(TransactionException.class, () -> f.db.useTransaction(Session::commit));
            assertEquals(0L, f.count());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void unitsOfWorkArePerDatabase(Target target) {
        try (DbFixture one = new DbFixture(target); DbFixture two = new DbFixture(target)) {
            assertThrows(IllegalStateException.class, () -> one.db.useTransaction(tx -> {
                one.insert(1, "rolled back");
                two.insert(1, "committed on its own");
                assertTrue(one.db.currentSession().isPresent());
                assertFalse(two.db.currentSession().isPresent());
                throw new IllegalStateException("fail the first database's unit of work");
            }));
            assertEquals(0L, one.count());
            assertEquals(1L, two.count());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void readOnlyAndIsolationSettingsAreCheckedWhenJoining(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            TransactionOptions readOnly = TransactionOptions.defaults().withReadOnly(true);
            f.db.useTransaction(readOnly, outer -> f.db.useTransaction(readOnly, inner -> f.count()));
            // A refused join is a failed inner scope: the outer unit of work can only roll back.
            assertThrows(TransactionInactiveException.class, () -> f.db.useTransaction(readOnly, outer ->
                    assertThrows(TransactionException.class, () -> f.db.useTransaction(inner -> { }))));
            assertThrows(TransactionInactiveException.class, () -> f.db.useTransaction(
                    TransactionOptions.defaults().withIsolation(org.duoorm.Isolation.SERIALIZABLE), outer ->
                    assertThrows(TransactionException.class, () -> f.db.useTransaction(
                            TransactionOptions.defaults().withIsolation(org.duoorm.Isolation.READ_COMMITTED), inner -> { }))));
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void theSessionPassedInIsTheCurrentOne(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            Database db = f.db;
            db.useTransaction(tx -> {
                assertTrue(tx.isManaged());
                assertSame(db, tx.database());
                assertTrue(db.currentSession().isPresent());
            });
        }
    }
}
