package org.duoorm.benchmarks.hr;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** The model get of benchmarks/ModelGetBenchmark with Hibernate Reactive: a session per lookup, find by key. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ModelGetBenchmark {
    @Benchmark
    public Optional<HItem> hibernateReactive(HrState hr, HrState.Ids ids) {
        long id = ids.next();
        return Optional.ofNullable(hr.sessions.withSession(s -> s.find(HItem.class, id)).await().indefinitely());
    }
}
