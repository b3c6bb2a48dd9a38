package org.duoorm.benchmarks;

import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Per-thread random primary keys of existing rows, so every select finds one row. */
@State(Scope.Thread)
public class Ids {
    private final SplittableRandom random = new SplittableRandom(42 + Thread.currentThread().getId());

    long next() {
        return 1 + random.nextInt(BenchConfig.ROWS);
    }
}
