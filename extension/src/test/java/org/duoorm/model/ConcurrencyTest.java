package org.duoorm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.mutiny.Uni;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duoorm.Database;
import org.duoorm.EngineOptions;
import org.duoorm.testing.Leaks;
import org.duoorm.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Many reactive model operations in flight on a small pool: each gets its own row, no connection is kept. */
@SuppressWarnings("try")
class ConcurrencyTest {

    @Table(name = "m_conc_probe")
    public static class Probe extends Model<Probe> {
        @Id
        @GeneratedValue
        public Long id;
        public String name;
        public int age;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void sixtyFourGetsInFlightOnFourConnections(TestDatabases.Target target) {
        Database db = Database.create(target.config().engineOption(EngineOptions.MAX_SIZE, 4).build());
        try (db) {
            Models.register(db, Probe.class);
            Models.schema(db).drop();
            Models.schema(db).create();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                rows.add(Map.of("name", "p" + i, "age", i));
            }
            List<Probe> people = ConcurrencyTest_Probe_.createBulkReturning(rows);
            List<Uni<String>> gets = new ArrayList<>();
            for (Probe p : people) {
                gets.add(ConcurrencyTest_Probe_.reactive().get(p.id).map(found -> found.orElseThrow().name));
            }
            List<String> names = Uni.join().all(gets).andFailFast().await().atMost(ModelTesting.TIMEOUT);
            for (int i = 0; i < 64; i++) {
                assertEquals("p" + i, names.get(i));
            }
            Leaks.assertNoActiveConnections(db);
        }
    }
}
