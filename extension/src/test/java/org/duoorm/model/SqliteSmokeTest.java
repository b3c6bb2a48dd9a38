package org.duoorm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.duoorm.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same models on SQLite (file database), both ways: not one of the three main targets, so a smoke test. */
class SqliteSmokeTest {

    @Test
    void modelsWorkOnSqlite(@TempDir Path dir) throws Exception {
        Path file = Files.createFile(dir.resolve("m.db"));
        try (Database db = Database.create("sqlite:" + file)) {
            Models.register(db, QueryTest.User.class);
            Models.schema(db).create();
            QueryTest.User ada = QueryTest_User_.create(Map.of("name", "Ada", "age", 36, "city", "London"));
            assertNotNull(ada.id);
            QueryTest_User_.createBulk(List.of(Map.of("name", "Grace", "age", 85), Map.of("name", "100%", "age", 1)));
            assertEquals(List.of("100%"), QueryTest_User_.where(QueryTest_User_.name.contains("0%")).all().stream().map(u -> u.name).toList());
            assertEquals(2L, QueryTest_User_.where(QueryTest_User_.age.gt(10)).reactive().count().await().atMost(ModelTesting.TIMEOUT));
            ada.update(Map.of("age", 37));
            assertEquals(37, QueryTest_User_.get(ada.id).orElseThrow().age);
            assertEquals(3, QueryTest_User_.query().orderBy("-age").page(1, 10).items().size());
            assertEquals(1, QueryTest_User_.where(QueryTest_User_.city.iendsWith("DON")).deleteBulk());
        }
    }
}
