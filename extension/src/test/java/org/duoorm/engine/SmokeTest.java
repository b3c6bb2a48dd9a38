package org.duoorm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.duoorm.Database;
import org.duoorm.Row;
import org.duoorm.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SmokeTest {
    @ParameterizedTest
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void roundTrip(TestDatabases.Target target) {
        try (Database db = Database.create(target.config().build())) {
            db.execute("drop table if exists e_smoke");
            db.execute("create table e_smoke (id int primary key, name varchar(50))");
            db.execute("insert into e_smoke values (?, ?)", 1, "Ada");
            db.transaction(tx -> tx.execute("insert into e_smoke values (:id, :name)", java.util.Map.of("id", 2, "name", "Grace")));
            List<Row> rows = db.query("select id, name from e_smoke order by id");
            assertEquals(2, rows.size());
            List<Row> r2 = db.reactive().query("select id, name from e_smoke where id = ?", 2).await().atMost(Duration.ofSeconds(10));
            assertEquals("Grace", r2.get(0).get("NAME"));
            Long n = db.reactive().transaction(s -> s.execute("insert into e_smoke values (?, ?)", 3, "Linus")
                    .chain(() -> s.queryValue(Long.class, "select count(*) from e_smoke"))).await().atMost(Duration.ofSeconds(10)).get();
            assertEquals(3L, n);
            db.execute("drop table e_smoke");
        }
    }
}
