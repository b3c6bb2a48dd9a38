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
    private final ConcurrentHashMap<Key, V> map = new ConcurrentHashMap<>();
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
            map.remove((Held) ref); // a collected key equals only itself
        }
    }

    /** A key, hashed and compared by the identity of the object it stands for (null once collected). */
    private interface Key {
        Object target();

        static boolean same(Key k, Object o) {
            if (o == k) {
                return true;
            }
            Object t = k.target();
            return t != null && o instanceof Key other && t == other.target();
        }
    }

    /** The key as stored: weak. */
    private static final class Held extends WeakReference<Object> implements Key {
        private final int hash;

        Held(Object key, ReferenceQueue<Object> queue) {
            super(key, queue);
            this.hash = System.identityHashCode(key);
        }

        @Override
        public Object target() {
            return get();
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return Key.same(this, o);
        }
    }

    /** A key to look up with: strong, for the duration of one call. */
    private record Lookup(Object target) implements Key {
        @Override
        public int hashCode() {
            return System.identityHashCode(target);
        }

        @Override
        public boolean equals(Object o) {
            return Key.same(this, o);
        }
    }
}
