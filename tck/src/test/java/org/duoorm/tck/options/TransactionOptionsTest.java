package org.duoorm.tck.options;

import static org.duoorm.tck.options.OptionsConfig.LEDGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.stream.Stream;
import org.duoorm.Database;
import org.duoorm.DuoOrmException;
import org.duoorm.Mode;
import org.duoorm.TransactionException;
import org.duoorm.TransactionTimeoutException;
import org.duoorm.tck.CountingListener;
import org.duoorm.tck.Tck;
import org.duoorm.testing.TestDatabases;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code readOnly} of {@code @DuoTransaction}, and the refusal to join a read-only unit of work for writing. */
class TransactionOptionsTest {
    private static final Class<?>[] CLASSES = {OptionsConfig.class, Writer.class, ReadOnlyService.class, SlowService.class};
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    static Stream<Arguments> networkedAndModes() {
        return TestDatabases.networked().flatMap(t -> Stream.of(Arguments.of(t, Mode.BLOCKING), Arguments.of(t, Mode.REACTIVE)));
    }

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

    /** The database itself refuses the write (H2 has no read-only transactions, hence networked only). */
    @ParameterizedTest(name = "{0} {1}", allowZeroInvocations = true)
    @MethodSource("networkedAndModes")
    void readOnlyReachesTheDatabase(Target target, Mode mode) {
        try (Tck tck = Tck.deploy(target, CLASSES)) {
            Database db = tck.select(Database.class);
            tck.create(LEDGER, db);
            ReadOnlyService service = tck.select(ReadOnlyService.class);
            assertThrows(DuoOrmException.class, () -> {
                if (mode == Mode.BLOCKING) {
                    service.writeDirectly("refused");
                } else {
                    service.writeDirectlyUni("refused").await().atMost(TIMEOUT);
                }
            });
            assertEquals(0, LEDGER.count(db, "refused"));
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
            TransactionException e = assertThrows(TransactionException.class, () -> {
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
