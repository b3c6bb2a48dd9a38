package org.duoorm.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The store of plain models' snapshots: by identity, and nothing kept alive by it. */
class WeakIdentityMapTest {
    @Test
    void keysAreComparedByIdentityNotByEquals() {
        WeakIdentityMap<String> map = new WeakIdentityMap<>();
        List<Integer> a = new ArrayList<>(List.of(1));
        List<Integer> b = new ArrayList<>(List.of(1)); // equal to a, another object
        map.put(a, "a");
        assertEquals("a", map.get(a));
        assertNull(map.get(b));
        map.put(b, "b");
        assertEquals("a", map.get(a));
        assertEquals("b", map.get(b));
        map.remove(a);
        assertNull(map.get(a));
        assertEquals("b", map.get(b));
        map.put(b, "b2");
        assertEquals("b2", map.get(b));
    }

    @Test
    void anEntryDoesNotKeepItsKeyAliveAndGoesAwayWithIt() throws InterruptedException {
        WeakIdentityMap<Object[]> map = new WeakIdentityMap<>();
        Object key = new Object();
        WeakReference<Object> watched = new WeakReference<>(key);
        map.put(key, new Object[] {key.hashCode()});
        key = null;
        for (int i = 0; i < 50 && watched.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(watched.get(), "the map kept its key reachable");
        // the collected entry is removed on the next write; the map stays usable
        Object other = new Object();
        map.put(other, new Object[0]);
        assertTrue(map.get(other) != null);
    }
}
