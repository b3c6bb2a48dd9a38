package org.duoorm.internal.jdbc;

import io.agroal.api.cache.Acquirable;
import io.agroal.api.cache.ConnectionCache;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Agroal's per-thread connection cache (a thread gets back the connection it used last, without the pool's shared
 * scan), made safe for application servers. Agroal's own keeps the connection handler itself in a
 * {@code ThreadLocal} of every thread that borrowed one; in a server those are container threads that outlive the
 * application, so after undeployment the handler, and through it the application's class loader, stays reachable.
 *
 * <p>Here a thread's entry is a JDK {@link AtomicReference}, and the cache remembers every entry (weakly, so a
 * thread that ends takes its entry with it). {@link #clear()}, called when the pool closes, empties them all: what
 * stays in the container threads is an empty {@code AtomicReference} under a plain {@code ThreadLocal} key, both
 * JDK classes, which reach nothing of the application.
 */
final class ThreadConnectionCache implements ConnectionCache {
    private final ThreadLocal<AtomicReference<Acquirable>> local = new ThreadLocal<>();
    private final Set<AtomicReference<Acquirable>> entries =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<AtomicReference<Acquirable>, Boolean>()));

    @Override
    public Acquirable get() {
        AtomicReference<Acquirable> entry = local.get();
        Acquirable cached = entry == null ? null : entry.get();
        return cached != null && cached.acquire() ? cached : null;
    }

    @Override
    public void put(Acquirable acquirable) {
        if (!acquirable.isAcquirable()) {
            return;
        }
        AtomicReference<Acquirable> entry = local.get();
        if (entry == null) {
            entry = new AtomicReference<>();
            local.set(entry);
            entries.add(entry); // once per thread
        }
        entry.set(acquirable);
    }

    @Override
    public void reset() {
        clear();
    }

    /** Forgets every thread's connection. */
    void clear() {
        synchronized (entries) {
            for (AtomicReference<Acquirable> entry : entries) {
                entry.set(null);
            }
        }
    }
}
