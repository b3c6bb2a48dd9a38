package org.duoorm.samples.webapp;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.duoorm.DatabaseListener;
import org.duoorm.Mode;

/** Counts what the "orders" database reports, per mode and event, for the in-container TCK checks ({@link TckServlet}). */
@Singleton
public class TckListener implements DatabaseListener {
    /** The events counted. */
    public enum Event { BEGIN, COMMIT, ROLLBACK, ACQUIRED, RELEASED }

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    private void record(Mode mode, Event event) {
        counts.computeIfAbsent(mode + "/" + event, k -> new AtomicInteger()).incrementAndGet();
    }

    public int count(Mode mode, Event event) {
        AtomicInteger c = counts.get(mode + "/" + event);
        return c == null ? 0 : c.get();
    }

    public int count(Event event) {
        return count(Mode.BLOCKING, event) + count(Mode.REACTIVE, event);
    }

    public void reset() {
        counts.clear();
    }

    @Override
    public String toString() {
        return "counts" + new TreeMap<>(counts);
    }

    @Override
    public void onConnectionAcquired(String database, Mode mode) {
        record(mode, Event.ACQUIRED);
    }

    @Override
    public void onConnectionReleased(String database, Mode mode) {
        record(mode, Event.RELEASED);
    }

    @Override
    public void onBegin(String database, Mode mode) {
        record(mode, Event.BEGIN);
    }

    @Override
    public void onCommit(String database, Mode mode) {
        record(mode, Event.COMMIT);
    }

    @Override
    public void onRollback(String database, Mode mode) {
        record(mode, Event.ROLLBACK);
    }
}
