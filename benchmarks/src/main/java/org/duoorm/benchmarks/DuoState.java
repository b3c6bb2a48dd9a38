package org.duoorm.benchmarks;

import java.util.Map;
import org.duoorm.Database;
import org.duoorm.DatabaseConfig;
import org.duoorm.EngineOptions;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** A DuoORM {@link Database} on the benchmark database; both its pools have {@link BenchConfig#POOL_SIZE} connections. */
@State(Scope.Benchmark)
public class DuoState {
    Database db;

    @Setup(Level.Trial)
    public void open() {
        Schema.prepare();
        db = Database.create(DatabaseConfig.url(BenchConfig.url())
                .engineOptions(Map.of(EngineOptions.MAX_SIZE, BenchConfig.POOL_SIZE))
                .build());
        db.connect();
    }

    @TearDown(Level.Trial)
    public void close() {
        db.close();
    }
}
