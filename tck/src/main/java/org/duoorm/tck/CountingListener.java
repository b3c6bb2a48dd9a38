package org.duoorm.tck;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.duoorm.DatabaseListener;
import org.duoorm.Mode;

/**
 * Counts what the databases report, per database name and mode. A {@code @Singleton}, so tests hold
 * the instance itself and can read it after the container has shut down.
 */
@Singleton
public class CountingListener implements DatabaseListener {
    /** The events counted. */
    public enum Event { BEGIN, COMMIT, ROLLBACK, STATEMENT, ACQUIRED, RELEASED }

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    private void record(String database, Mode mode, Event event) {
        counts.computeIfAbsent(database + "/" + mode + "/" + event, k -> new AtomicInteger()).incrementAndGet();
    }

    /** @param database a database name @param mode the mode @param event the event @return how often it happened */
    public int count(String database, Mode mode, Event event) {
        AtomicInteger c = counts.get(database + "/" + mode + "/" + event);
        return c == null ? 0 : c.get();
    }

    /** @param mode the mode @param event the event @return how often it happened, all databases together */
    public int count(Mode mode, Event event) {
        String suffix = "/" + mode + "/" + event;
        return counts.entrySet().stream().filter(e -> e.getKey().endsWith(suffix)).mapToInt(e -> e.getValue().get()).sum();
    }

    /** @param event the event @return how often it happened, all databases and modes together */
    public int count(Event event) {
        return count(Mode.BLOCKING, event) + count(Mode.REACTIVE, event);
    }

    /** Forgets every count. */
    public void reset() {
        counts.clear();
    }

    @Override
    public String toString() {
        return "CountingListener" + new java.util.TreeMap<>(counts);
    }

    @Override
    public void onStatement(String database, Mode mode, String sql) {
        record(database, mode, Event.STATEMENT);
    }

    @Override
    public void onConnectionAcquired(String database, Mode mode) {
        record(database, mode, Event.ACQUIRED);
    }

    @Override
    public void onConnectionReleased(String database, Mode mode) {
        record(database, mode, Event.RELEASED);
    }

    @Override
    public void onBegin(String database, Mode mode) {
        record(database, mode, Event.BEGIN);
    }

    @Override
    public void onCommit(String database, Mode mode) {
        record(database, mode, Event.COMMIT);
    }

    @Override
    public void onRollback(String database, Mode mode) {
        record(database, mode, Event.ROLLBACK);
    }
}
