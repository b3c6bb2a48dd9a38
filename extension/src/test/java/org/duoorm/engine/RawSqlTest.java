package org.duoorm.engine;

import static org.duoorm.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.duoorm.InvalidArgumentException;
import org.duoorm.BindParameterException;
import org.duoorm.Database;
import org.duoorm.Dialect;
import org.duoorm.Row;
import org.duoorm.testing.Tables;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Raw SQL through the database, blocking and reactive, on every database. */
class RawSqlTest {
    private static final String UNICODE = "Ada Lovelace \u00e9\u00e8 \u4e2d\u6587 \ud83d\ude80 '; drop table users; --";

    @ParameterizedTest
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void executeQueryAndValueBlocking(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            assertEquals(1, f.db.execute("insert into " + f.table + " values (?, ?)", 1, "Ada"));
            assertEquals(1, f.db.execute("insert into " + f.table + " values (:id, :name)", Map.of("id", 2, "name", "Grace")));
            assertEquals(2, f.db.execute("update " + f.table + " set name = upper(name)"));
            List<Row> rows = f.db.query("select id, name from " + f.table + " where id >= :min order by id", Map.of("min", 1));
            assertEquals(List.of("ADA", "GRACE"), rows.stream().map(r -> r.get("name", String.class)).collect(Collectors.toList()));
            assertEquals(2, rows.get(1).get("ID", Integer.class));
            assertEquals(Optional.of(2L), f.db.queryValue(Long.class, "select count(*) from " + f.table));
            assertEquals(Optional.empty(), f.db.queryValue(String.class, "select name from " + f.table + " where id = ?", 99));
        }
    }

    @ParameterizedTest
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void executeQueryAndValueReactive(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            assertEquals(1, await(f.db.reactive().execute("insert into " + f.table + " values (?, ?)", 1, "Ada")));
            assertEquals(1, await(f.db.reactive().execute("insert into " + f.table + " values (:id, :name)",
                    Map.of("id", 2, "name", "Grace"))));
            assertEquals(2, await(f.db.reactive().execute("update " + f.table + " set name = upper(name)")));
            List<Row> rows = await(f.db.reactive().query("select id, name from " + f.table + " where id >= :min order by id",
                    Map.of("min", 1)));
            assertEquals(List.of("ADA", "GRACE"), rows.stream().map(r -> r.get("name", String.class)).collect(Collectors.toList()));
            assertEquals(2, rows.get(1).get("ID", Integer.class));
            assertEquals(Optional.of(2L), await(f.db.reactive().queryValue(Long.class, "select count(*) from " + f.table)));
            assertEquals(Optional.empty(), await(f.db.reactive().queryValue(String.class,
                    "select name from " + f.table + " where id = ?", 99)));
        }
    }

    private static String twentyColumns(Database db, String table) {
        StringBuilder cols = new StringBuilder("id int primary key");
        for (int i = 1; i < 20; i++) {
            cols.append(", c").append(i).append(" varchar(20)");
        }
        db.execute("create table " + table + " (" + cols + ")");
        StringBuilder sql = new StringBuilder("insert into " + table + " values (?");
        for (int i = 1; i < 20; i++) {
            sql.append(", ?");
        }
        return sql.append(")").toString();
    }

    private static Object[] twentyValues() {
        Object[] v = new Object[20];
        v[0] = 7;
        for (int i = 1; i < 20; i++) {
            v[i] = "v" + i;
        }
        return v;
    }

    @ParameterizedTest
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void twentyPlaceholdersAreTranslatedInBothModes(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            String table = Tables.unique("e_twenty");
            String insert = twentyColumns(f.db, table);
            try {
                f.db.execute(insert, twentyValues());
                Object[] second = twentyValues();
                second[0] = 8;
                await(f.db.reactive().execute(insert, second));
                String where = "select count(*) from " + table + " where c1 = ? and c19 = ? and id in (?, ?)";
                assertEquals(2L, f.db.queryValue(Long.class, where, "v1", "v19", 7, 8).orElseThrow());
                assertEquals(2L, await(f.db.reactive().queryValue(Long.class, where, "v1", "v19", 7, 8)).orElseThrow());
                Row r = await(f.db.reactive().query("select * from " + table + " where id = ?", 8)).get(0);
                assertEquals("v19", r.get("c19"));
            } finally {
                f.db.execute("drop table " + table);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void nullAndUnicodeRoundTrip(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            f.db.execute("insert into " + f.table + " values (?, ?)", 1, UNICODE);
            f.db.execute("insert into " + f.table + " values (?, ?)", 2, null);
            await(f.db.reactive().execute("insert into " + f.table + " values (?, ?)", 3, UNICODE));
            await(f.db.reactive().execute("insert into " + f.table + " values (:id, :name)", mapWithNull(4)));
            for (int id : new int[] {1, 3}) {
                assertEquals(UNICODE, f.db.queryValue(String.class, "select name from " + f.table + " where id = ?", id).orElseThrow());
                assertEquals(UNICODE, await(f.db.reactive().queryValue(String.class,
                        "select name from " + f.table + " where id = ?", id)).orElseThrow());
            }
            for (int id : new int[] {2, 4}) {
                assertNull(f.db.query("select name from " + f.table + " where id = ?", id).get(0).get("name"));
                assertNull(await(f.db.reactive().query("select name from " + f.table + " where id = ?", id)).get(0).get("name"));
            }
            assertEquals(2L, f.db.queryValue(Long.class, "select count(*) from " + f.table + " where name is null").orElseThrow());
        }
    }

    private static Map<String, Object> mapWithNull(int id) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("id", id);
        m.put("name", null);
        return m;
    }

    @ParameterizedTest
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void typesAreNormalizedAlikeInBothModes(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            String table = Tables.unique("e_types");
            String blob = target.dialect() == Dialect.POSTGRESQL ? "bytea" : target.dialect() == Dialect.H2 ? "varbinary(100)" : "blob";
            f.db.execute("create table " + table + " (id int primary key, d date, ts timestamp, amount decimal(12,2), "
                    + "big bigint, data " + blob + ", flag boolean)");
            try {
                LocalDate day = LocalDate.of(2024, 2, 29);
                LocalDateTime ts = LocalDateTime.of(2024, 2, 29, 13, 45, 12);
                byte[] bytes = {0, 1, 2, (byte) 255};
                String insert = "insert into " + table + " values (?, ?, ?, ?, ?, ?, ?)";
                f.db.execute(insert, 1, day, ts, new BigDecimal("1234.50"), Long.MAX_VALUE, bytes, true);
                await(f.db.reactive().execute(insert, 2, day, ts, new BigDecimal("1234.50"), Long.MAX_VALUE, bytes, true));
                List<Row> blocking = f.db.query("select * from " + table + " order by id");
                List<Row> reactive = await(f.db.reactive().query("select * from " + table + " order by id"));
                for (Row r : List.of(blocking.get(0), blocking.get(1), reactive.get(0), reactive.get(1))) {
                    assertEquals(day, r.get("d", LocalDate.class));
                    assertEquals(ts, r.get("ts", LocalDateTime.class));
                    assertEquals(0, new BigDecimal("1234.50").compareTo(r.get("amount", BigDecimal.class)));
                    assertEquals(Long.MAX_VALUE, r.get("big", Long.class));
                    assertArrayEquals(bytes, r.get("data", byte[].class));
                    assertEquals(true, r.get("flag", Boolean.class));
                }
            } finally {
                f.db.execute("drop table " + table);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void batchesInBothModes(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            List<Object[]> sets = new ArrayList<>();
            for (int i = 0; i < 1200; i++) {
                sets.add(new Object[] {i, "n" + i});
            }
            int[] counts = f.db.executeBatch("insert into " + f.table + " values (?, ?)", sets.subList(0, 600));
            assertEquals(600, counts.length);
            int[] reactiveCounts = await(f.db.reactive().executeBatch("insert into " + f.table + " values (?, ?)",
                    sets.subList(600, 1200)));
            assertEquals(600, reactiveCounts.length);
            assertEquals(1200L, f.count());
        }
    }

    @ParameterizedTest
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void streamingInBothModes(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            List<Object[]> sets = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                sets.add(new Object[] {i, "n" + i});
            }
            f.db.executeBatch("insert into " + f.table + " values (?, ?)", sets);
            try (Stream<Row> s = f.db.stream("select id from " + f.table + " where id >= ? order by id", 7, 100)) {
                assertEquals(400L, s.count());
            }
            try (Stream<Row> s = f.db.stream("select id from " + f.table + " order by id", 50)) {
                assertEquals(List.of(0, 1, 2), s.limit(3).map(r -> r.get("id", Integer.class)).collect(Collectors.toList()));
            }
            List<Integer> ids = f.db.reactive().stream("select id from " + f.table + " where id >= ? order by id", 64, 100)
                    .map(r -> r.get("id", Integer.class)).collect().asList().await().atMost(org.duoorm.testing.Await.TIMEOUT);
            assertEquals(400, ids.size());
            assertEquals(100, ids.get(0));
            List<Integer> firstFive = f.db.reactive().stream("select id from " + f.table + " order by id", 2)
                    .map(r -> r.get("id", Integer.class)).select().first(5).collect().asList()
                    .await().atMost(org.duoorm.testing.Await.TIMEOUT);
            assertEquals(List.of(0, 1, 2, 3, 4), firstFive);
        }
    }

    @ParameterizedTest
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void badParametersFailBeforeAnySql(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            assertThrows(BindParameterException.class, () -> f.db.execute("insert into " + f.table + " values (?, ?)", 1));
            assertThrows(BindParameterException.class,
                    () -> await(f.db.reactive().execute("insert into " + f.table + " values (?, ?)", 1)));
            assertThrows(BindParameterException.class,
                    () -> f.db.query("select * from " + f.table + " where id = :id", Map.of("other", 1)));
            assertEquals(0L, f.count());
        }
    }

    @ParameterizedTest
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void valuesThatLookLikeSqlAreData(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            String evil = "x'); drop table " + f.table + "; --";
            f.db.execute("insert into " + f.table + " values (?, ?)", 1, evil);
            await(f.db.reactive().execute("insert into " + f.table + " values (?, ?)", 2, evil));
            assertEquals(2L, f.db.queryValue(Long.class, "select count(*) from " + f.table + " where name = ?", evil).orElseThrow());
        }
    }

    @ParameterizedTest
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void rowsLookUpColumnsIgnoringCase(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            f.insert(1, "Ada");
            Row r = f.db.query("select id, name from " + f.table).get(0);
            assertEquals("Ada", r.get("NAME"));
            assertEquals("Ada", r.get("name"));
            assertEquals(2, r.size());
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> r.get("nope"));
            assertTrue(e.getMessage().contains("nope"));
            assertTrue(r.toMap().values().contains("Ada"));
        }
    }
}
