package org.duoorm.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.duoorm.DatabaseListener;
import org.duoorm.Mode;

/** Counts what a database did, per kind of event. */
public final class CountingListener implements DatabaseListener {
    public final AtomicInteger acquired = new AtomicInteger();
    public final AtomicInteger released = new AtomicInteger();
    public final AtomicInteger begins = new AtomicInteger();
    public final AtomicInteger commits = new AtomicInteger();
    public final AtomicInteger rollbacks = new AtomicInteger();
    public final List<String> statements = new CopyOnWriteArrayList<>();

    @Override
    public void onStatement(String database, Mode mode, String sql) {
        statements.add(sql);
    }

    @Override
    public void onConnectionAcquired(String database, Mode mode) {
        acquired.incrementAndGet();
    }

    @Override
    public void onConnectionReleased(String database, Mode mode) {
        released.incrementAndGet();
    }

    @Override
    public void onBegin(String database, Mode mode) {
        begins.incrementAndGet();
    }

    @Override
    public void onCommit(String database, Mode mode) {
        commits.incrementAndGet();
    }

    @Override
    public void onRollback(String database, Mode mode) {
        rollbacks.incrementAndGet();
    }
}
