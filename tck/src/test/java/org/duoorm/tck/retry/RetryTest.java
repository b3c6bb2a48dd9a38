package org.duoorm.tck.retry;

import static org.duoorm.tck.retry.RetryConfig.LEDGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.duoorm.Database;
import org.duoorm.Mode;
import org.duoorm.SerializationFailureException;
import org.duoorm.tck.Tck;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @DuoTransaction(retries = n)}: a unit of work the method opens is run again after a
 * serialization failure, each failed attempt rolled back, up to n times; other failures and joined
 * units of work are not retried.
 */
class RetryTest {
    private static final Class<?>[] CLASSES = {RetryConfig.class, RetryService.class, RetryCaller.class};

    private static void call(RetryService s, Mode mode, String label) {
        if (mode == Mode.BLOCKING) {
            s.write(label);
        } else {
            s.writeUni(label).await().atMost(Duration.ofSeconds(30));
        }
    }

    @ParameterizedTest
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void retriesUntilItCommitsAndKeepsOnlyTheLastAttempt(Target target, Mode mode) {
        try (Tck tck = Tck.deploy(target, CLASSES)) {
            Database db = tck.select(Database.class);
            tck.create(LEDGER, db);
            RetryService service = tck.select(RetryService.class);
            service.failNext(2);
            call(service, mode, "row");
            assertEquals(3, service.attempts());
            assertEquals(1, LEDGER.count(db, "row"), "the two failed attempts were rolled back");
        }
    }

    @ParameterizedTest
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void givesUpAfterTheLastRetry(Target target, Mode mode) {
        try (Tck tck = Tck.deploy(target, CLASSES)) {
            Database db = tck.select(Database.class);
            tck.create(LEDGER, db);
            RetryService service = tck.select(RetryService.class);
            service.failNext(10);
            RuntimeException e = assertThrows(RuntimeException.class, () -> call(service, mode, "row"));
            assertInstanceOf(SerializationFailureException.class, Tck.unwrap(e));
            assertEquals(4, service.attempts(), "one call and three retries");
            assertEquals(0, LEDGER.count(db, "row"));
        }
    }

    @ParameterizedTest
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void otherFailuresAreNotRetried(Target target) {
        try (Tck tck = Tck.deploy(target, CLASSES)) {
            Database db = tck.select(Database.class);
            tck.create(LEDGER, db);
            RetryService service = tck.select(RetryService.class);
            assertThrows(IllegalStateException.class, () -> service.failsOtherwise("row"));
            assertEquals(1, service.attempts());
            assertEquals(0, LEDGER.count(db, "row"));
        }
    }

    @ParameterizedTest
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void aJoinedUnitOfWorkIsLeftToItsOpener(Target target, Mode mode) {
        try (Tck tck = Tck.deploy(target, CLASSES)) {
            Database db = tck.select(Database.class);
            tck.create(LEDGER, db);
            RetryService service = tck.select(RetryService.class);
            RetryCaller caller = tck.select(RetryCaller.class);
            service.failNext(1);
            RuntimeException e = assertThrows(RuntimeException.class, () -> {
                if (mode == Mode.BLOCKING) {
                    caller.joined("row");
                } else {
                    caller.joinedUni("row").await().atMost(Duration.ofSeconds(30));
                }
            });
            assertInstanceOf(SerializationFailureException.class, Tck.unwrap(e));
            assertEquals(1, service.attempts());
            assertEquals(0, LEDGER.count(db, "row"));
        }
    }
}
