package org.duoorm.tck.propagation;

import static org.duoorm.tck.CountingListener.Event.BEGIN;
import static org.duoorm.tck.CountingListener.Event.COMMIT;
import static org.duoorm.tck.CountingListener.Event.ROLLBACK;
import static org.duoorm.tck.propagation.PropagationConfig.LEDGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.duoorm.Database;
import org.duoorm.Mode;
import org.duoorm.Propagation;
import org.duoorm.TransactionNotAllowedException;
import org.duoorm.TransactionRequiredException;
import org.duoorm.tck.CountingListener;
import org.duoorm.tck.Tck;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each propagation of {@code @DuoTransaction}, blocking and reactive, through two beans: the outer one
 * inserts "outer", calls the inner one which inserts "inner", and then (mostly) fails.
 */
class PropagationTest {
    private static final Class<?>[] CLASSES = {PropagationConfig.class, OuterService.class, InnerService.class, PropagationDriver.class};

    private interface Scenario {
        void run(PropagationDriver driver, Database db, CountingListener listener, Mode mode);
    }

    private static void inContainer(Target target, Mode mode, Scenario scenario) {
        try (Tck tck = Tck.deploy(target, CLASSES)) {
            Database db = tck.select(Database.class);
            tck.create(LEDGER, db);
            CountingListener listener = tck.listener();
            listener.reset();
            scenario.run(tck.select(PropagationDriver.class), db, listener, mode);
            Tck.awaitConnectionsReturned(listener);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void requiredJoinsTheOpenUnitOfWork(Target target, Mode mode) {
        inContainer(target, mode, (driver, db, listener, m) -> {
            assertThrows(OuterService.OuterFailure.class, () -> driver.outer(m, Propagation.REQUIRED, "outer", "inner", true));
            assertEquals(0, LEDGER.count(db, "outer"));
            assertEquals(0, LEDGER.count(db, "inner"), "the inner call joined the outer unit of work, which rolled back");
            assertEquals(1, listener.count(m, BEGIN), listener.toString());
            assertEquals(1, listener.count(m, ROLLBACK), listener.toString());
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void requiredCommitsBothOnSuccess(Target target, Mode mode) {
        inContainer(target, mode, (driver, db, listener, m) -> {
            driver.outer(m, Propagation.REQUIRED, "outer", "inner", false);
            assertEquals(1, LEDGER.count(db, "outer"));
            assertEquals(1, LEDGER.count(db, "inner"));
            assertEquals(1, listener.count(m, BEGIN), listener.toString());
            assertEquals(1, listener.count(m, COMMIT), listener.toString());
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void requiresNewCommitsIndependently(Target target, Mode mode) {
        inContainer(target, mode, (driver, db, listener, m) -> {
            assertThrows(OuterService.OuterFailure.class, () -> driver.outer(m, Propagation.REQUIRES_NEW, "outer", "inner", true));
            assertEquals(0, LEDGER.count(db, "outer"));
            assertEquals(1, LEDGER.count(db, "inner"), "the inner unit of work committed on its own");
            assertEquals(2, listener.count(m, BEGIN), listener.toString());
            assertEquals(1, listener.count(m, COMMIT), listener.toString());
            assertEquals(1, listener.count(m, ROLLBACK), listener.toString());
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void nestedUndoesOnlyItsOwnPart(Target target, Mode mode) {
        inContainer(target, mode, (driver, db, listener, m) -> {
            driver.surviveNested(m, "outer", "inner");
            assertEquals(1, LEDGER.count(db, "outer"), "the outer unit of work survived and committed");
            assertEquals(0, LEDGER.count(db, "inner"), "the nested part was rolled back to its savepoint");
            assertEquals(1, listener.count(m, BEGIN), listener.toString());
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void nestedJoinsAndRollsBackWithTheOuter(Target target, Mode mode) {
        inContainer(target, mode, (driver, db, listener, m) -> {
            assertThrows(OuterService.OuterFailure.class, () -> driver.outer(m, Propagation.NESTED, "outer", "inner", true));
            assertEquals(0, LEDGER.count(db, "outer"));
            assertEquals(0, LEDGER.count(db, "inner"));
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void mandatoryFailsWithoutAUnitOfWork(Target target, Mode mode) {
        inContainer(target, mode, (driver, db, listener, m) -> {
            assertThrows(TransactionRequiredException.class, () -> driver.innerAlone(m, Propagation.MANDATORY, "alone"));
            assertEquals(0, LEDGER.count(db, "alone"));
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void mandatoryJoinsTheOpenUnitOfWork(Target target, Mode mode) {
        inContainer(target, mode, (driver, db, listener, m) -> {
            assertThrows(OuterService.OuterFailure.class, () -> driver.outer(m, Propagation.MANDATORY, "outer", "inner", true));
            assertEquals(0, LEDGER.count(db, "inner"));
            assertEquals(1, listener.count(m, BEGIN), listener.toString());
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void supportsRunsWithoutAUnitOfWorkWhenNoneIsOpen(Target target, Mode mode) {
        inContainer(target, mode, (driver, db, listener, m) -> {
            driver.innerAlone(m, Propagation.SUPPORTS, "alone");
            assertEquals(1, LEDGER.count(db, "alone"));
            assertEquals(0, listener.count(m, BEGIN), "no unit of work was opened: " + listener);
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void supportsJoinsTheOpenUnitOfWork(Target target, Mode mode) {
        inContainer(target, mode, (driver, db, listener, m) -> {
            assertThrows(OuterService.OuterFailure.class, () -> driver.outer(m, Propagation.SUPPORTS, "outer", "inner", true));
            assertEquals(0, LEDGER.count(db, "inner"));
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void notSupportedSuspendsTheOpenUnitOfWork(Target target, Mode mode) {
        inContainer(target, mode, (driver, db, listener, m) -> {
            assertThrows(OuterService.OuterFailure.class, () -> driver.outer(m, Propagation.NOT_SUPPORTED, "outer", "inner", true));
            assertEquals(0, LEDGER.count(db, "outer"));
            assertEquals(1, LEDGER.count(db, "inner"), "the inner insert ran on its own, outside the outer unit of work");
            assertEquals(1, listener.count(m, BEGIN), listener.toString());
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void notSupportedRunsAloneWithoutAUnitOfWork(Target target, Mode mode) {
        inContainer(target, mode, (driver, db, listener, m) -> {
            driver.innerAlone(m, Propagation.NOT_SUPPORTED, "alone");
            assertEquals(1, LEDGER.count(db, "alone"));
            assertEquals(0, listener.count(m, BEGIN), listener.toString());
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void neverFailsInsideAUnitOfWork(Target target, Mode mode) {
        inContainer(target, mode, (driver, db, listener, m) -> {
            assertThrows(TransactionNotAllowedException.class, () -> driver.outer(m, Propagation.NEVER, "outer", "inner", false));
            assertEquals(0, LEDGER.count(db, "outer"), "the failure rolled the outer unit of work back");
            assertEquals(0, LEDGER.count(db, "inner"));
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void neverRunsWithoutAUnitOfWork(Target target, Mode mode) {
        inContainer(target, mode, (driver, db, listener, m) -> {
            driver.innerAlone(m, Propagation.NEVER, "alone");
            assertEquals(1, LEDGER.count(db, "alone"));
            assertEquals(0, listener.count(m, BEGIN), listener.toString());
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void requiresNewAloneOpensItsOwn(Target target, Mode mode) {
        inContainer(target, mode, (driver, db, listener, m) -> {
            driver.innerAlone(m, Propagation.REQUIRES_NEW, "alone");
            assertEquals(1, LEDGER.count(db, "alone"));
            assertEquals(1, listener.count(m, BEGIN), listener.toString());
            assertEquals(1, listener.count(m, COMMIT), listener.toString());
        });
    }
}
