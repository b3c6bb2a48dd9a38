package org.duoorm.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.duoorm.Database;
import org.duoorm.internal.db.DuoDatabase;

/** Asserts that a database has given every connection back, waiting briefly for asynchronous releases. */
public final class Leaks {
    private Leaks() {
    }

    public static void assertNoActiveConnections(Database db) {
        DuoDatabase d = (DuoDatabase) db;
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (d.activeConnections() != 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertEquals(0, d.activeConnections(), "connections still lent out by " + db);
    }
}
