package org.duoorm.tck.options;

import static org.duoorm.tck.options.OptionsConfig.LEDGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.duoorm.Database;
import org.duoorm.Mode;
import org.duoorm.ReadOnlyTransactionException;
import org.duoorm.TransactionTimeoutException;
import org.duoorm.tck.CountingListener;
import org.duoorm.tck.Tck;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code readOnly} of {@code @DuoTransaction}: writes refused before they are sent, and no read-write call joins. */
class TransactionOptionsTest {
    private static final Class<?>[] CLASSES = {OptionsConfig.class, Writer.class, ReadOnlyService.class, SlowService.class};
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void readOnlyUnitOfWorkReads(Target target, Mode mode) {
        try (Tck tck = Tck.deploy(target, CLASSES)) {
            Database db = tck.select(Database.class);
            tck.create(LEDGER, db);
            LEDGER.insert(db, "existing");
            ReadOnlyService service = tck.select(ReadOnlyService.class);
            long count = mode == Mode.BLOCKING ? service.count() : service.countUni().await().atMost(TIMEOUT);
            assertEquals(1, count);
        }
    }

    /** A write in a read-only unit of work is refused before it is sent, on every database (H2 included). */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void readOnlyRefusesWrites(Target target, Mode mode) {
        try (Tck tck = Tck.deploy(target, CLASSES)) {
            Database db = tck.select(Database.class);
            tck.create(LEDGER, db);
            CountingListener listener = tck.listener();
            listener.reset();
            ReadOnlyService service = tck.select(ReadOnlyService.class);
            ReadOnlyTransactionException e = assertThrows(ReadOnlyTransactionException.class, () -> {
                if (mode == Mode.BLOCKING) {
                    service.writeDirectly("refused");
                } else {
                    service.writeDirectlyUni("refused").await().atMost(TIMEOUT);
                }
            });
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
            assertEquals(0, LEDGER.count(db, "refused"));
            assertEquals(1, listener.count(mode, CountingListener.Event.ROLLBACK), listener.toString());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void readWriteCallCannotJoinAReadOnlyUnitOfWork(Target target, Mode mode) {
        try (Tck tck = Tck.deploy(target, CLASSES)) {
            Database db = tck.select(Database.class);
            tck.create(LEDGER, db);
            CountingListener listener = tck.listener();
            listener.reset();
            ReadOnlyService service = tck.select(ReadOnlyService.class);
            ReadOnlyTransactionException e = assertThrows(ReadOnlyTransactionException.class, () -> {
                if (mode == Mode.BLOCKING) {
                    service.callWriter("refused");
                } else {
                    service.callWriterUni("refused").await().atMost(TIMEOUT);
                }
            });
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
            assertEquals(0, LEDGER.count(db, "refused"));
            assertEquals(1, listener.count(mode, CountingListener.Event.ROLLBACK), listener.toString());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void timeoutRollsBackASlowUnitOfWork(Target target, Mode mode) {
        try (Tck tck = Tck.deploy(target, CLASSES)) {
            Database db = tck.select(Database.class);
            tck.create(LEDGER, db);
            CountingListener listener = tck.listener();
            listener.reset();
            SlowService service = tck.select(SlowService.class);
            service.insertQuickly("quick");
            assertThrows(TransactionTimeoutException.class, () -> {
                if (mode == Mode.BLOCKING) {
                    service.insertSlowly("slow");
                } else {
                    service.insertSlowlyUni("slow").await().atMost(TIMEOUT);
                }
            });
            assertEquals(1, LEDGER.count(db, "quick"), "within its limit, committed");
            assertEquals(0, LEDGER.count(db, "slow"), "past its limit, rolled back");
            Tck.eventually("rolled back: " + listener, () -> listener.count(mode, CountingListener.Event.ROLLBACK) == 1);
        }
    }
}
