package org.duoorm.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The 1,000 rows one bulk insert sends, built once per thread and shared by DuoORM and the hand-written code. */
@State(Scope.Thread)
public class BulkPayload {
    final List<NewItem.Data> rows = new ArrayList<>(BenchConfig.BULK_ROWS);

    public BulkPayload() {
        for (int i = 0; i < BenchConfig.BULK_ROWS; i++) {
            rows.add(new NewItem.Data("bulk " + i, i % 100));
        }
    }
}
