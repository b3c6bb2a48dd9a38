package org.duoorm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.duoorm.Database;
import org.duoorm.Dialect;
import org.duoorm.testing.TestDatabases;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A connection that a real {@link OutOfMemoryError} interrupted while a result was being read is not lent again:
 * the pool (of one connection) closes it, the next unit of work gets a new connection at once, the old server
 * session is gone, and the interrupted unit's insert was not committed. Each case runs {@link OutOfMemoryChild} in
 * its own JVM with a 128 MB heap, so that the Error is a real one raised by the JVM inside the driver (PostgreSQL,
 * MariaDB) or inside the database engine (H2, which holds its session lock at that moment).
 */
class ErrorInterruptedConnectionTest {
    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Target t : TestDatabases.targets()) {
            for (String mode : List.of("blocking", "reactive")) {
                if (t.dialect() == Dialect.POSTGRESQL && mode.equals("reactive")) {
                    // Not a case DuoORM can pass: Vert.x's PostgreSQL decoder runs out of heap on the event loop
                    // with Netty direct buffers still held, and the event loop then waits for direct memory for
                    // ever, so the connection neither fails nor answers (docs/transactions.md, "Failure classes").
                    continue;
                }
                if (System.getProperty("oom.only", t + " " + mode).equals(t + " " + mode)) {
                    cases.add(Arguments.of(t, mode));
                }
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void theInterruptedConnectionIsClosedAndTheNextUnitGetsANewOne(Target target, String mode) throws Exception {
        String table = "oom_probe_" + ProcessHandle.current().pid() + "_" + mode;
        // H2 closes its whole database after an out-of-memory: a file database is opened again by the next
        // connection, where an in-memory one would be gone with its tables
        Path h2 = Files.createTempDirectory("duoorm-oom");
        String url = target.dialect() == Dialect.H2 ? "h2:file:" + h2.resolve("db") : target.url();
        Map<String, String> report = runChild(url, mode, table);
        try {
            String error = report.getOrDefault("error", "none");
            assertTrue(error.equals(OutOfMemoryError.class.getName()) || error.startsWith("org.duoorm."),
                    "the unit of work ended with the Error, or with the DuoORM failure of a driver that absorbed it: "
                            + report);
            assertEquals("ok", report.get("nextUnit"), "the next unit of work got a connection at once: " + report);
            assertEquals("0", report.get("rowsKept"), "the interrupted unit's insert was not committed: " + report);
            if (error.equals(OutOfMemoryError.class.getName())) {
                // the Error reached DuoORM: the connection it interrupted is closed, not lent again
                assertEquals("true", report.get("newSession"), report.toString());
                assertEquals("0", report.get("oldSessionAlive"), report.toString());
            }
            assertTrue(report.containsKey("end"), report.toString());
        } finally {
            try (var files = Files.walk(h2)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
            if (target.dialect() != Dialect.H2) {
                try (Database db = Database.create(target.config().build())) {
                    db.execute("drop table if exists " + table);
                }
            }
        }
    }

    private static Map<String, String> runChild(String url, String mode, String table) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx128m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), OutOfMemoryChild.class.getName(), url, mode, table)
                .redirectErrorStream(true).start();
        Map<String, String> report = new LinkedHashMap<>();
        StringBuilder all = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (all) {
                        all.append(line).append('\n');
                    }
                    int eq = line.indexOf('=');
                    if (line.equals("end")) {
                        report.put("end", "");
                    } else if (eq > 0 && line.substring(0, eq).matches("[a-zA-Z]+")) {
                        report.put(line.substring(0, eq), line.substring(eq + 1));
                    }
                }
            } catch (java.io.IOException ignored) {
                // the process was destroyed
            }
        });
        reader.start();
        boolean ended = p.waitFor(150, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        reader.join(10_000);
        synchronized (all) {
            Files.writeString(Path.of("target", table + "_" + url.substring(0, url.indexOf(':')) + ".log"), all);
            assertTrue(ended, "the child did not end within 150 s; its output:\n" + all);
            System.out.println("[" + url.replaceAll("//[^@/]*@", "//") + " " + mode + "] " + report);
        }
        return report;
    }
}
