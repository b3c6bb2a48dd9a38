package org.duoorm.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.duoorm.Dialect;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs last: after every database of the suite was closed, no DuoORM, Vert.x or Agroal thread is left
 * running, and no connection of this run is left open on the servers (this run's connections are told
 * apart by name, so the baseline is zero whatever else runs on the shared servers). Prints the table.
 */
@Order(Integer.MAX_VALUE)
class LeakWatchTest {
    private static final long WAIT_MILLIS = 15_000;

    @Test
    void nothingIsLeftRunning() {
        Ledger.Line line = Ledger.line("leak watch", "all", "both");
        try {
            List<String> threads = waitForThreads();
            System.out.println("leak watch: threads left " + threads);
            long leaked = threads.size();
            for (Target t : Suite.targets()) {
                if (t.dialect() == Dialect.H2) {
                    continue;
                }
                try (Admin admin = Admin.of(t)) {
                    long open = waitForConnections(admin);
                    System.out.printf("leak watch %s: %d connections of this run open (baseline 0); %d DuoORM connections "
                            + "of anyone on the server%n", t, open, admin.allDuoConnections());
                    leaked += open;
                    assertEquals(0, open, "connections of this run left open on " + t);
                    if (t.dialect() == Dialect.MARIADB && Suite.schemaCreated()) {
                        admin.execute("drop database if exists " + Suite.SCHEMA);
                    }
                }
            }
            line.add(0, 0, 0, 0, leaked);
            assertEquals(List.of(), threads, "threads left running");
        } finally {
            Ledger.printOnce();
        }
    }

    private static List<String> waitForThreads() {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        List<String> left = liveThreads();
        while (!left.isEmpty() && System.currentTimeMillis() < deadline) {
            Suite.pause(100);
            left = liveThreads();
        }
        return left;
    }

    private static List<String> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("duoorm-") || n.startsWith("vert.x-") || n.startsWith("agroal-"))
                .sorted().collect(Collectors.toList());
    }

    private static long waitForConnections(Admin admin) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        long open = admin.runConnections();
        while (open > 0 && System.currentTimeMillis() < deadline) {
            Suite.pause(100);
            open = admin.runConnections();
        }
        return open;
    }
}
