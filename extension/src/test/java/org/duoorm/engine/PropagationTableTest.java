package org.duoorm.engine;

import static org.duoorm.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.duoorm.DuoOrmException;
import org.duoorm.Propagation;
import org.duoorm.ReactiveDatabase;
import org.duoorm.ReactiveSession;
import org.duoorm.Session;
import org.duoorm.TransactionException;
import org.duoorm.TransactionNotAllowedException;
import org.duoorm.TransactionOptions;
import org.duoorm.TransactionRequiredException;
import org.duoorm.internal.tx.Propagations;
import org.duoorm.internal.tx.Propagations.Action;
import org.duoorm.testing.TestDatabases;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row of the propagation table, in every programmatic runner (blocking, {@code Uni}, {@code Multi}), on every
 * database, each with inner work that succeeds and inner work that fails. The expected behaviour of each row is
 * written here from the documented table ({@code docs/transactions.md}), in terms of what reaches the database: which
 * rows survive, whether the inner work saw the outer unit's uncommitted row, and which error arrives where. (The
 * interceptor runs through the same runners; {@code tck/.../PropagationTest} covers it per propagation.)
 *
 * <p>Scenario: an outer unit of work (when "open") inserts row 1, then calls the inner work with the propagation
 * under test; the inner work inserts row 2, reads whether it sees row 1, and then succeeds or fails. The outer unit
 * swallows the inner error and tries to commit.
 */
class PropagationTableTest {
    /** The documented table, written out independently of {@link Propagations}. */
    private static final Object[][] TABLE = {
        {Propagation.REQUIRED, Action.BEGIN, Action.JOIN},
        {Propagation.REQUIRES_NEW, Action.BEGIN, Action.BEGIN_SUSPENDING},
        {Propagation.NESTED, Action.BEGIN, Action.SAVEPOINT},
        {Propagation.MANDATORY, Action.REFUSE_REQUIRED, Action.JOIN},
        {Propagation.SUPPORTS, Action.WITHOUT, Action.JOIN},
        {Propagation.NOT_SUPPORTED, Action.WITHOUT, Action.WITHOUT_SUSPENDING},
        {Propagation.NEVER, Action.WITHOUT, Action.REFUSE_NOT_ALLOWED},
    };

    enum Runner { BLOCKING, UNI, MULTI }

    private static final class Boom extends RuntimeException {
        Boom() {
            super("inner work failed on purpose");
        }
    }

    /** What one run left behind. */
    private static final class Observed {
        long sawOuter = -1;
        Throwable innerError;
        Throwable outerError;
        long outerRows;
        long innerRows;

        @Override
        public String toString() {
            return "sawOuter=" + sawOuter + " innerError=" + innerError + " outerError=" + outerError + " outerRows="
                    + outerRows + " innerRows=" + innerRows;
        }
    }

    @Test
    void theDecisionIsTheDocumentedTable() {
        for (Object[] row : TABLE) {
            Propagation p = (Propagation) row[0];
            assertEquals(row[1], Propagations.decide(p, false), p + " with none open");
            assertEquals(row[2], Propagations.decide(p, true), p + " with one open");
        }
        assertEquals(Propagation.values().length, TABLE.length, "every propagation has a row");
    }

    @TestFactory
    List<DynamicNode> everyRowInEveryRunner() {
        List<DynamicNode> perDatabase = new ArrayList<>();
        for (Target target : TestDatabases.targets()) {
            perDatabase.add(DynamicContainer.dynamicContainer(target.toString(), List.of(DynamicTest.dynamicTest(
                    "7 propagations x open/none x success/failure x 3 runners", () -> runAll(target)))));
        }
        return perDatabase;
    }

    private static void runAll(Target target) {
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        try (DbFixture f = new DbFixture(target)) {
            for (Runner runner : Runner.values()) {
                for (Object[] row : TABLE) {
                    for (boolean open : new boolean[] {false, true}) {
                        for (boolean fail : new boolean[] {false, true}) {
                            Propagation p = (Propagation) row[0];
                            Action action = (Action) row[open ? 2 : 1];
                            f.db.execute("delete from " + f.table);
                            Observed o = run(runner, f, p, open, fail);
                            cases++;
                            try {
                                expect(action, open, fail, o);
                            } catch (AssertionError e) {
                                wrong.add(runner + " " + p + (open ? " (one open)" : " (none open)")
                                        + (fail ? " failing" : " succeeding") + " -> expected " + action + ": "
                                        + e.getMessage() + " [" + o + "]");
                            }
                        }
                    }
                }
            }
        }
        assertEquals(84, cases);
        assertEquals(List.of(), wrong, String.join("\n", wrong));
    }

    /** The behaviour each action promises, in database terms. */
    private static void expect(Action action, boolean open, boolean fail, Observed o) {
        switch (action) {
            case REFUSE_REQUIRED, REFUSE_NOT_ALLOWED -> {
                Class<? extends Throwable> refusal = action == Action.REFUSE_REQUIRED
                        ? TransactionRequiredException.class : TransactionNotAllowedException.class;
                assertInstanceOf(refusal, o.innerError, "refused before the work ran");
                assertEquals(-1, o.sawOuter, "the work did not run");
                assertEquals(0, o.innerRows, "inner row");
                assertNull(o.outerError, "outer error");
                assertEquals(open ? 1 : 0, o.outerRows, "the outer unit still commits");
            }
            case JOIN -> {
                assertEquals(1, o.sawOuter, "joined: sees the outer unit's uncommitted row");
                if (fail) {
                    assertInstanceOf(Boom.class, o.innerError, "inner error");
                    assertInstanceOf(TransactionException.class, o.outerError, "a failed joined scope refuses the commit");
                    assertEquals(0, o.outerRows, "outer row");
                    assertEquals(0, o.innerRows, "inner row");
                } else {
                    assertNull(o.outerError, "outer error");
                    assertEquals(1, o.outerRows, "outer row");
                    assertEquals(1, o.innerRows, "inner row");
                }
            }
            case SAVEPOINT -> {
                assertEquals(1, o.sawOuter, "under a savepoint: sees the outer unit's uncommitted row");
                assertNull(o.outerError, "a failure undoes only the savepoint's part");
                assertEquals(1, o.outerRows, "outer row");
                assertEquals(fail ? 0 : 1, o.innerRows, "inner row");
            }
            case BEGIN, BEGIN_SUSPENDING -> {
                assertEquals(0, o.sawOuter, "its own connection: does not see an uncommitted outer row");
                assertNull(o.outerError, "outer error");
                assertEquals(open ? 1 : 0, o.outerRows, "outer row");
                assertEquals(fail ? 0 : 1, o.innerRows, "its own unit of work commits or rolls back alone");
            }
            case WITHOUT, WITHOUT_SUSPENDING -> {
                assertEquals(0, o.sawOuter, "outside the unit of work: does not see its uncommitted row");
                assertNull(o.outerError, "outer error");
                assertEquals(open ? 1 : 0, o.outerRows, "outer row");
                assertEquals(1, o.innerRows, "each statement committed on its own, failure or not");
            }
            default -> throw new AssertionError(action);
        }
        if (fail && action != Action.REFUSE_REQUIRED && action != Action.REFUSE_NOT_ALLOWED) {
            assertInstanceOf(Boom.class, o.innerError, "the inner work's own failure reaches its caller");
        }
        if (!fail && action != Action.REFUSE_REQUIRED && action != Action.REFUSE_NOT_ALLOWED) {
            assertNull(o.innerError, "inner error");
        }
    }

    private static Observed run(Runner runner, DbFixture f, Propagation p, boolean open, boolean fail) {
        Observed o = new Observed();
        String outerInsert = "insert into " + f.table + " (id, name) values (1, 'outer')";
        String innerInsert = "insert into " + f.table + " (id, name) values (2, 'inner')";
        String seeOuter = "select count(*) from " + f.table + " where id = 1";
        TransactionOptions options = TransactionOptions.of(p);
        try {
            switch (runner) {
                case BLOCKING -> {
                    Runnable inner = () -> {
                        try {
                            f.db.transaction(options, (Session s) -> {
                                s.execute(innerInsert);
                                o.sawOuter = s.queryValue(Long.class, seeOuter).orElseThrow();
                                if (fail) {
                                    throw new Boom();
                                }
                                return null;
                            });
                        } catch (Boom | DuoOrmException e) {
                            o.innerError = e;
                        }
                    };
                    if (open) {
                        f.db.useTransaction(s -> {
                            s.execute(outerInsert);
                            inner.run();
                        });
                    } else {
                        inner.run();
                    }
                }
                case UNI, MULTI -> {
                    ReactiveDatabase r = f.db.reactive();
                    Supplier<Uni<Void>> inner = () -> (runner == Runner.UNI
                            ? r.transaction(options, (ReactiveSession s) -> s.execute(innerInsert)
                                    .chain(() -> s.queryValue(Long.class, seeOuter)).map(n -> n.orElseThrow())
                                    .invoke(n -> o.sawOuter = n)
                                    .chain(n -> fail ? Uni.createFrom().<Long>failure(new Boom()) : Uni.createFrom().item(n)))
                            : r.transactionMulti(options, (ReactiveSession s) -> s.execute(innerInsert)
                                    .onItem().transformToMulti(x -> s.stream(seeOuter, 10))
                                    .map(row -> ((Number) row.get(0)).longValue())
                                    .invoke(n -> o.sawOuter = n)
                                    .onItem().transformToMultiAndConcatenate(n -> fail
                                            ? Multi.createFrom().<Long>failure(new Boom()) : Multi.createFrom().item(n)))
                                    .collect().last())
                            .replaceWithVoid()
                            .onFailure().recoverWithItem(e -> {
                                o.innerError = e;
                                return null;
                            });
                    await(open ? r.useTransaction(s -> s.execute(outerInsert).chain(inner::get)) : inner.get());
                }
                default -> throw new AssertionError(runner);
            }
        } catch (RuntimeException e) {
            o.outerError = e;
        }
        o.outerRows = f.db.queryValue(Long.class, "select count(*) from " + f.table + " where id = 1").orElseThrow();
        o.innerRows = f.db.queryValue(Long.class, "select count(*) from " + f.table + " where id = 2").orElseThrow();
        return o;
    }
}
