package org.duoorm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.duoorm.Database;
import org.duoorm.DatabaseListener;
import org.duoorm.Mode;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.testing.TestDatabases;

/** What reaches the database: one row asked for by first(), one statement per call, no hidden queries. */
@SuppressWarnings("try")
class StatementsTest {

    @Table(name = "m_stmt_city")
    public static class City extends Model<City> {
        @Id
        @GeneratedValue
        public Long id;
        public String name;
    }

    private static final class Recorder implements DatabaseListener {
        final List<String> sql = new CopyOnWriteArrayList<>();

        @Override
        public void onStatement(String database, Mode mode, String statement) {
            sql.add(statement);
        }
    }

    private static Database open(TestDatabases.Target target, Recorder recorder) {
        Database db = Database.create(target.config().listener(recorder).build());
        Models.register(db, City.class);
        Models.schema(db).drop();
        Models.schema(db).create();
        return db;
    }

    @Everywhere
    void firstAsksForOneRowAndExistsForOne(TestDatabases.Target target, Way way) {
        Recorder rec = new Recorder();
        try (Database db = open(target, rec)) {
            StatementsTest_City_.createBulk(List.of(Map.of("name", "Paris"), Map.of("name", "Oslo"), Map.of("name", "Rome")));
            rec.sql.clear();
            Query<City> q = StatementsTest_City_.query().orderBy("name");
            assertEquals("Oslo", way.call(q::first, () -> q.reactive().first()).orElseThrow().name);
            assertEquals(1, rec.sql.size(), rec.sql.toString());
            assertTrue(rec.sql.get(0).matches(".*(LIMIT (\\?|\\$\\d+)|FETCH FIRST \\? ROWS ONLY)$"), rec.sql.get(0));
            rec.sql.clear();
            assertTrue(way.call(q::exists, () -> q.reactive().exists()));
            assertEquals(1, rec.sql.size());
            assertFalse(rec.sql.get(0).contains("COUNT"), rec.sql.get(0));
            assertTrue(rec.sql.get(0).startsWith("SELECT 1 FROM"), rec.sql.get(0));
        }
    }

    @Everywhere
    void singleOperationsAreSingleStatements(TestDatabases.Target target, Way way) {
        Recorder rec = new Recorder();
        try (Database db = open(target, rec)) {
            rec.sql.clear();
            City c = way.call(() -> StatementsTest_City_.create(Map.of("name", "Lima")), () -> StatementsTest_City_.reactive().create(Map.of("name", "Lima")));
            assertEquals(1, rec.sql.size(), "insert and read-back in one statement: " + rec.sql);
            rec.sql.clear();
            way.call(() -> StatementsTest_City_.get(c.id), () -> StatementsTest_City_.reactive().get(c.id));
            way.call(() -> c.update(Map.of("name", "Quito")), () -> c.reactive().update(Map.of("name", "Quito")));
            way.run(c::delete, () -> c.reactive().delete());
            assertEquals(3, rec.sql.size(), rec.sql.toString());
            assertTrue(rec.sql.stream().allMatch(s -> !s.contains("Quito") && !s.contains("Lima")), "values never in SQL: " + rec.sql);
        }
    }
}
