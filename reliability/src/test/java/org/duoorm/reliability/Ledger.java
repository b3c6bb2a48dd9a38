package org.duoorm.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the suite did and what it lost, one line per scenario, database and mode; printed as a table
 * at the end of the run (and written to {@code target/reliability-report.txt}).
 */
final class Ledger {
    private static final List<Line> LINES = new ArrayList<>();
    private static final AtomicBoolean PRINTED = new AtomicBoolean();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Ledger::printOnce, "rel-ledger"));
    }

    private Ledger() {
    }

    /** One scenario run: counts go up while it runs; {@code lost} must stay 0. */
    static final class Line {
        final String scenario;
        final String database;
        final String mode;
        long operations;
        long faults;
        long cancellations;
        long hostile;
        long cleanFailures;
        long lost;
        final Map<String, Integer> failureTypes = new TreeMap<>();

        Line(String scenario, String database, String mode) {
            this.scenario = scenario;
            this.database = database;
            this.mode = mode;
        }

        final Map<String, String> examples = new TreeMap<>();

        synchronized void failure(Throwable t) {
            cleanFailures++;
            examples.putIfAbsent(t.getClass().getSimpleName() + (t.getCause() == null ? "" : "/" + t.getCause().getClass().getSimpleName()),
                    String.valueOf(t.getMessage()));
            failureTypes.merge(t.getClass().getSimpleName(), 1, Integer::sum);
        }

        synchronized void add(long ops, long faultCount, long cancelCount, long hostileCount, long lostCount) {
            operations += ops;
            faults += faultCount;
            cancellations += cancelCount;
            hostile += hostileCount;
            lost += lostCount;
        }
    }

    static synchronized Line line(String scenario, Object database, Object mode) {
        Line l = new Line(scenario, String.valueOf(database), String.valueOf(mode).toLowerCase(java.util.Locale.ROOT));
        LINES.add(l);
        return l;
    }

    static void printOnce() {
        if (PRINTED.compareAndSet(false, true)) {
            String table = table();
            System.out.println(table);
            String file = System.getProperty("duoorm.reliability.report");
            if (file != null) {
                try {
                    Files.writeString(Path.of(file), table, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    System.out.println("could not write " + file + ": " + e);
                }
            }
        }
    }

    static synchronized String table() {
        StringBuilder b = new StringBuilder();
        String fmt = "| %-20s | %-10s | %-8s | %10s | %7s | %8s | %8s | %9s | %4s | %s%n";
        b.append(String.format("%nDuoORM reliability suite, scale %d%n", Scale.FACTOR));
        b.append(String.format(fmt, "scenario", "database", "mode", "operations", "faults", "cancels", "hostile",
                "clean err", "lost", "failures seen"));
        b.append(String.format(fmt, "-".repeat(20), "-".repeat(10), "-".repeat(8), "-".repeat(10), "-".repeat(7),
                "-".repeat(8), "-".repeat(8), "-".repeat(9), "-".repeat(4), "-".repeat(13)));
        long[] total = new long[6];
        for (Line l : LINES) {
            synchronized (l) {
                b.append(String.format(fmt, l.scenario, l.database, l.mode, l.operations, l.faults, l.cancellations,
                        l.hostile, l.cleanFailures, l.lost, l.failureTypes.isEmpty() ? "" : l.failureTypes.toString()));
                long[] v = {l.operations, l.faults, l.cancellations, l.hostile, l.cleanFailures, l.lost};
                for (int i = 0; i < v.length; i++) {
                    total[i] += v[i];
                }
            }
        }
        b.append(String.format(fmt, "TOTAL", "", "", total[0], total[1], total[2], total[3], total[4], total[5], ""));
        return b.toString();
    }
}
