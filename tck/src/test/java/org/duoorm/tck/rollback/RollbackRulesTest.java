package org.duoorm.tck.rollback;

import static org.duoorm.tck.CountingListener.Event.COMMIT;
import static org.duoorm.tck.CountingListener.Event.ROLLBACK;
import static org.duoorm.tck.rollback.RollbackConfig.LEDGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.fail;

import io.smallrye.mutiny.Uni;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.Duration;
import org.duoorm.Database;
import org.duoorm.Mode;
import org.duoorm.TransactionException;
import org.duoorm.tck.CountingListener;
import org.duoorm.tck.Tck;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code rollbackOn} / {@code dontRollbackOn}: every failure rolls back by default, checked ones too;
 * a failure listed in {@code dontRollbackOn} commits and is still thrown; the nearer listed type wins.
 */
class RollbackRulesTest {
    private static final Class<?>[] CLASSES = {RollbackConfig.class, RollbackService.class, RollbackCaller.class};

    @FunctionalInterface
    private interface Call {
        void run(RollbackService service, Mode mode, String label, Exception failure) throws Exception;
    }

    /** Runs the call, checks the same failure came out, and returns whether the label was committed. */
    private static void check(Target target, Mode mode, Call call, Exception failure, boolean committed) {
        try (Tck tck = Tck.deploy(target, CLASSES)) {
            Database db = tck.select(Database.class);
            tck.create(LEDGER, db);
            CountingListener listener = tck.listener();
            listener.reset();
            try {
                call.run(tck.select(RollbackService.class), mode, "label", failure);
                fail("the method should have failed with " + failure);
            } catch (Exception e) {
                assertSame(failure, Tck.unwrap(e), "the method's own failure reaches the caller");
            }
            assertEquals(committed ? 1 : 0, LEDGER.count(db, "label"), committed ? "committed" : "rolled back");
            assertEquals(committed ? 1 : 0, listener.count(mode, COMMIT), listener.toString());
            assertEquals(committed ? 0 : 1, listener.count(mode, ROLLBACK), listener.toString());
            Tck.awaitConnectionsReturned(listener);
        }
    }

    private static void await(Uni<Void> uni) {
        uni.await().atMost(Duration.ofSeconds(30));
    }

    private static final Call PLAIN = (s, m, l, f) -> {
        if (m == Mode.BLOCKING) {
            s.plain(l, f);
        } else {
            await(s.plainUni(l, f));
        }
    };
    private static final Call KEEP_ON_IO = (s, m, l, f) -> {
        if (m == Mode.BLOCKING) {
            s.keepOnIo(l, f);
        } else {
            await(s.keepOnIoUni(l, f));
        }
    };
    private static final Call MIXED = (s, m, l, f) -> {
        if (m == Mode.BLOCKING) {
            s.mixed(l, f);
        } else {
            await(s.mixedUni(l, f));
        }
    };
    private static final Call BOTH = (s, m, l, f) -> {
        if (m == Mode.BLOCKING) {
            s.both(l, f);
        } else {
            await(s.bothUni(l, f));
        }
    };

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void runtimeExceptionRollsBack(Target target, Mode mode) {
        check(target, mode, PLAIN, new IllegalStateException("boom"), false);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void checkedExceptionRollsBackToo(Target target, Mode mode) {
        check(target, mode, PLAIN, new IOException("disk"), false);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void dontRollbackOnCommitsAndRethrows(Target target, Mode mode) {
        check(target, mode, KEEP_ON_IO, new IOException("disk"), true);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void dontRollbackOnCoversSubtypes(Target target, Mode mode) {
        check(target, mode, KEEP_ON_IO, new FileNotFoundException("gone"), true);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void dontRollbackOnLeavesOtherFailuresRollingBack(Target target, Mode mode) {
        check(target, mode, KEEP_ON_IO, new IllegalStateException("other"), false);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void broadDontRollbackOnCommits(Target target, Mode mode) {
        check(target, mode, MIXED, new IllegalArgumentException("broad"), true);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void nearerRollbackOnWins(Target target, Mode mode) {
        check(target, mode, MIXED, new IllegalStateException("specific"), false);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void nearerRollbackOnWinsForSubtypes(Target target, Mode mode) {
        check(target, mode, MIXED, new RollbackService.SpecificStateFailure(), false);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void typeInBothListsRollsBack(Target target, Mode mode) {
        check(target, mode, BOTH, new IllegalArgumentException("both"), false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void failureWhileBuildingTheUniSurfacesAtSubscription(Target target) throws Exception {
        try (Tck tck = Tck.deploy(target, CLASSES)) {
            CountingListener listener = tck.listener();
            listener.reset();
            IllegalStateException failure = new IllegalStateException("while building");
            Uni<Void> uni = tck.select(RollbackService.class).throwsWhileBuilding(failure);
            assertEquals(0, listener.count(Mode.REACTIVE, CountingListener.Event.BEGIN), "nothing before subscription");
            try {
                await(uni);
                fail("should fail");
            } catch (IllegalStateException e) {
                assertSame(failure, e);
            }
            assertEquals(1, listener.count(Mode.REACTIVE, ROLLBACK), listener.toString());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void joinedMethodWhoseFailureIsKeptLetsTheCallerCommit(Target target, Mode mode) {
        try (Tck tck = Tck.deploy(target, CLASSES)) {
            Database db = tck.select(Database.class);
            tck.create(LEDGER, db);
            RollbackCaller caller = tck.select(RollbackCaller.class);
            if (mode == Mode.BLOCKING) {
                caller.catchingKept();
            } else {
                await(caller.catchingKeptUni());
            }
            assertEquals(1, LEDGER.count(db, "outer"));
            assertEquals(1, LEDGER.count(db, "inner"));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void joinedMethodThatRollsBackDoomsTheCallersUnitOfWork(Target target, Mode mode) {
        try (Tck tck = Tck.deploy(target, CLASSES)) {
            Database db = tck.select(Database.class);
            tck.create(LEDGER, db);
            CountingListener listener = tck.listener();
            listener.reset();
            RollbackCaller caller = tck.select(RollbackCaller.class);
            Throwable failure = null;
            try {
                if (mode == Mode.BLOCKING) {
                    caller.catchingRolledBack();
                } else {
                    await(caller.catchingRolledBackUni());
                }
            } catch (RuntimeException e) {
                failure = e;
            }
            assertEquals(0, LEDGER.count(db, "outer"), "rolled back although the caller caught the failure");
            assertEquals(0, LEDGER.count(db, "inner"));
            assertEquals(1, listener.count(mode, ROLLBACK), listener.toString());
            assertInstanceOf(TransactionException.class, failure, "the caller learns that its unit of work rolled back");
        }
    }
}
