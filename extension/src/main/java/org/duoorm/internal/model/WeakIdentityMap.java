package org.duoorm.internal.model;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A concurrent map from objects, compared by identity and held weakly, to values: an entry goes away once its key
 * is collected. One {@link WeakReference} and one map node per entry; collected entries are removed on the next
 * write. Lighter than a weak-keyed Caffeine cache, whose eviction policy, write buffer and maintenance cost more
 * than the map itself for a store that never evicts by size (see benchmarks/README.md, the model list).
 */
final class WeakIdentityMap<V> {
    private final ConcurrentHashMap<Object, V> map = new ConcurrentHashMap<>();
    private final ReferenceQueue<Object> collected = new ReferenceQueue<>();

    /** @return the value kept for {@code key}, or null */
    V get(Object key) {
        return map.get(new Lookup(key));
    }

    void put(Object key, V value) {
        expunge();
        map.put(new Held(key, collected), value);
    }

    void remove(Object key) {
        expunge();
        map.remove(new Lookup(key));
    }

    private void expunge() {
        for (Object ref; (ref = collected.poll()) != null; ) {
            map.remove(ref);
        }
    }

    /** The key as stored: weak, hashed and compared by the identity of its referent. */
    private static final class Held extends WeakReference<Object> {
        private final int hash;

        Held(Object key, ReferenceQueue<Object> queue) {
            super(key, queue);
            this.hash = System.identityHashCode(key);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            Object mine = get();
            if (mine == null) {
                return false; // collected: equal to nothing but itself (found by identity when expunged)
            }
            return o instanceof Held h ? mine == h.get() : o instanceof Lookup l && mine == l.key;
        }
    }

    /** A key to look up with: strong, for the duration of one call. */
    private static final class Lookup {
        private final Object key;
        private final int hash;

        Lookup(Object key) {
            this.key = key;
            this.hash = System.identityHashCode(key);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Held h ? key == h.get() : o instanceof Lookup l && key == l.key;
        }
    }
}
