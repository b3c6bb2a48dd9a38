package org.duoorm.benchmarks.hr;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** The 100-row list of benchmarks/ModelListBenchmark with Hibernate Reactive: a session per list, the same HQL. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ModelListBenchmark {
    @Benchmark
    public List<HItem> hibernateReactive(HrState hr, HrState.Ids ids) {
        int floor = (int) (ids.next() % 50);
        return hr.sessions.withSession(s -> s.createSelectionQuery("from HItem where qty >= :floor order by id", HItem.class)
                .setParameter("floor", floor).setMaxResults(HrState.LIST_LIMIT).getResultList()).await().indefinitely();
    }
}
