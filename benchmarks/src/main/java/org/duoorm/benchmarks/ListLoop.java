package org.duoorm.benchmarks;

import java.util.Map;
import org.duoorm.Database;
import org.duoorm.DatabaseConfig;
import org.duoorm.EngineOptions;
import org.duoorm.model.ModelType;
import org.duoorm.model.Models;

/**
 * The model 100-row list of {@link ModelListBenchmark} in a plain loop, to run under a profiler: 20,000 lists
 * (blocking, auto-commit), then the time per list. For example, with the GC's work on weak references counted:
 *
 * <pre>java -XX:StartFlightRecording=filename=list.jfr,settings=profile -cp benchmarks/target/benchmarks.jar org.duoorm.benchmarks.ListLoop
 * jfr print --events jdk.GCReferenceStatistics list.jfr | grep -A1 'type = "Weak' | grep count | awk '{s += $3} END {print s}'</pre>
 */
public final class ListLoop {
    private ListLoop() {
    }

    public static void main(String[] args) {
        Schema.prepare();
        try (Database db = Database.create(DatabaseConfig.url(BenchConfig.url())
                .engineOptions(Map.of(EngineOptions.MAX_SIZE, BenchConfig.POOL_SIZE)).build())) {
            Models.register(db, Item.class);
            ModelType<Item> items = Models.of(db, Item.class);
            int n = 20_000;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                items.where(Item.QTY.ge(i % 50)).orderBy(Item.ID.asc()).limit(BenchConfig.LIST_LIMIT).all();
            }
            System.out.printf("%d lists of %d models, %d us per list%n", n, BenchConfig.LIST_LIMIT,
                    (System.nanoTime() - start) / n / 1000);
        }
    }
}
