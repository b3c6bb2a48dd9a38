package org.duoorm.samples.webapp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import org.duoorm.Database;
import org.duoorm.Mode;

/**
 * Runs named checks, each from a clean ledger and zeroed counts, and keeps one line per check:
 * {@code PASS name} or {@code FAIL name: message}. The assertions mirror the TCK's (JUnit is not in the WAR).
 */
final class TckChecks {
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** A check's body. */
    @FunctionalInterface
    interface Check {
        void run() throws Exception;
    }

    /** A failed assertion. */
    static final class CheckFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CheckFailed(String message) {
            super(message);
        }
    }

    private final Database db;
    private final TckListener listener;
    private final List<String> results = new ArrayList<>();

    TckChecks(Database db, TckListener listener) {
        this.db = db;
        this.listener = listener;
    }

    List<String> results() {
        return results;
    }

    void check(String name, Check check) {
        try {
            TckLedger.clear(db);
            listener.reset();
            check.run();
            eventually("every connection went back to its pool: " + listener, () -> {
                for (Mode mode : Mode.values()) {
                    if (listener.count(mode, TckListener.Event.ACQUIRED) != listener.count(mode, TckListener.Event.RELEASED)) {
                        return false;
                    }
                }
                return true;
            });
            results.add("PASS " + name);
        } catch (Throwable t) {
            String message = t instanceof CheckFailed ? t.getMessage() : "unexpected " + t;
            results.add("FAIL " + name + ": " + message.replace('\n', ' '));
        }
    }

    static void equal(Object expected, Object actual, String message) {
        if (!expected.equals(actual)) {
            throw new CheckFailed(message + " (expected " + expected + ", was " + actual + ")");
        }
    }

    static void isTrue(boolean condition, String message) {
        if (!condition) {
            throw new CheckFailed(message);
        }
    }

    /** JUnit's assertThrows: @return the failure of the call, checked to be of the type */
    static <T extends Throwable> T fails(Class<T> type, Check call) {
        try {
            call.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            throw new CheckFailed("expected " + type.getSimpleName() + ", got " + t);
        }
        throw new CheckFailed("expected " + type.getSimpleName() + ", but the call succeeded");
    }

    static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    static void eventually(String message, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new CheckFailed(message);
            }
            Thread.sleep(20);
        }
    }

    long count(String label) {
        return TckLedger.count(db, label);
    }

    long count() {
        return TckLedger.count(db);
    }

    int count(Mode mode, TckListener.Event event) {
        return listener.count(mode, event);
    }

    int count(TckListener.Event event) {
        return listener.count(event);
    }

    String counts() {
        return listener.toString();
    }
}
