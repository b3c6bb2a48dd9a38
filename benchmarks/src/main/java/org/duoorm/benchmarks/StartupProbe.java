package org.duoorm.benchmarks;

import java.io.FileInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.duoorm.Database;
import org.duoorm.model.Models;

/**
 * Start-up: a fresh JVM, a {@link Database} with the fifty {@link StartupModels}, the first answered query
 * (a get by primary key). Run by {@code run-startup.sh}, once per JVM:
 *
 * <pre>java -cp benchmarks.jar org.duoorm.benchmarks.StartupProbe URL schema|noschema blocking|reactive</pre>
 *
 * <p>{@code URL} is a DuoORM URL ({@code h2:mem:startup}, or the benchmark PostgreSQL); {@code schema}
 * creates the fifty tables ({@code CREATE TABLE IF NOT EXISTS}) and the row with key 1 before the query,
 * which an in-memory H2 needs. Prints one line of {@code key=milliseconds}:
 * <ul>
 * <li>{@code jvm_to_main}: from the JVM's start (as the runtime MXBean records it) to the first line of
 *     {@code main}: JVM boot and loading this class, no DuoORM work;</li>
 * <li>{@code create}, {@code register}, {@code schema}, {@code query}: the phases of DuoORM's work, each
 *     including the class loading and JIT warm-up it causes; {@code query} includes opening the first
 *     connection (the pools connect lazily);</li>
 * <li>{@code duo_total}: {@code Database.create} to the first answered query (the sum of the phases);</li>
 * <li>{@code jvm_to_answer}: the JVM's start to the first answered query;</li>
 * <li>{@code launch_to_answer}: when {@code -Dprobe.launchedAtMs} is given (the launching shell's clock
 *     just before {@code java}), from then to the answer, so the launcher and JVM creation too.</li>
 * </ul>
 * and, because wall-clock start-up on a loaded machine mostly measures the wait for a core, CPU times:
 * <ul>
 * <li>{@code cpu_duo_main}: CPU time of the main thread from {@code Database.create} to the answer
 *     (DuoORM's work on the calling thread, without the waits for a core; the work on Vert.x event-loop
 *     threads, JIT compiler and GC threads is not in it);</li>
 * <li>{@code cpu_main_total}: CPU time of the main thread up to the answer, JVM boot on it included;</li>
 * <li>{@code cpu_process}: CPU time of every thread of the JVM up to the answer (10 ms resolution).</li>
 * </ul>
 * The MXBean and the process info are read only after the answer, so loading them is not counted.
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        long mainWall = System.currentTimeMillis();
        long t0 = System.nanoTime();
        long c0 = threadCpuNanos();
        String url = args.length > 0 ? args[0] : "h2:mem:startup";
        boolean schema = args.length < 2 || args[1].equals("schema");
        boolean reactive = args.length > 2 && args[2].equals("reactive");

        Database db = Database.create(url);
        long t1 = System.nanoTime();
        Models.register(db, StartupModels.ALL.toArray(Class<?>[]::new));
        long t2 = System.nanoTime();
        if (schema) {
            Models.schema(db).create();
            // One row, so that the measured query maps a row (every codec and setter) rather than finding none.
            // (Unquoted names that are no keyword anywhere: H2 reserves DAY.)
            db.execute("INSERT INTO startup_m00 (id, name, qty, total, price, active, status, version) "
                    + "SELECT 1, 'first', 1, 1, 1.50, TRUE, 'NEW', 0 "
                    + "WHERE NOT EXISTS (SELECT 1 FROM startup_m00 WHERE id = 1)");
        }
        long t3 = System.nanoTime();
        Optional<StartupModels.M00> first = reactive
                ? Models.of(db, StartupModels.M00.class).reactive().get(1L).await().indefinitely()
                : Models.of(db, StartupModels.M00.class).get(1L);
        long t4 = System.nanoTime();
        long c4 = threadCpuNanos();
        long answerWall = mainWall + (t4 - t0) / 1_000_000;

        long processCpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        String launched = System.getProperty("probe.launchedAtMs");
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "jvm_to_main=%d create=%.1f register=%.1f schema=%.1f query=%.1f duo_total=%.1f jvm_to_answer=%d",
                mainWall - jvmStart, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t4 - t0), answerWall - jvmStart));
        if (launched != null) {
            out.append(" launch_to_answer=").append(answerWall - Long.parseLong(launched.trim()));
        }
        out.append(String.format(Locale.ROOT, " cpu_duo_main=%.1f cpu_main_total=%.1f cpu_process=%d",
                c0 < 0 ? -1.0 : ms(c4 - c0), ms(c4), processCpu));
        out.append(" found=").append(first.isPresent());
        System.out.println(out);
        db.close();
        System.exit(0);
    }

    /**
     * CPU time of the calling thread so far, from {@code /proc/thread-self/schedstat} (nanoseconds, Linux;
     * -1 elsewhere): read with classes the JVM has loaded anyway, so that measuring costs nothing.
     */
    private static long threadCpuNanos() {
        try (FileInputStream in = new FileInputStream("/proc/thread-self/schedstat")) {
            byte[] b = in.readNBytes(64);
            long v = 0;
            for (int i = 0; i < b.length && b[i] >= '0' && b[i] <= '9'; i++) {
                v = v * 10 + (b[i] - '0');
            }
            return v;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
