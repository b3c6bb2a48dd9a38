package org.duoorm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duoorm.Database;
import org.duoorm.MultipleResultsException;
import org.duoorm.NotFoundException;
import org.duoorm.ValidationException;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.testing.TestDatabases;

/** The query builder's conditions, ordering, limits and terminals, on every database, both ways. */
@SuppressWarnings("try")
class QueryTest {

    @Table(name = "m_query_user")
    public static class User extends Model<User> {
        @Id
        @GeneratedValue
        public Long id;
        public String name;
        public Integer age;
        public String city;
    }

    private static Database seeded(TestDatabases.Target target) {
        Database db = ModelTesting.open(target, User.class);
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row("Ada", 36, "London"));
        rows.add(row("Grace", 85, "New York"));
        rows.add(row("Linus", 28, "Helsinki"));
        rows.add(row("alan", 41, "london"));
        rows.add(row("100% Bob", 28, null));
        rows.add(row("under_score", null, "Paris"));
        QueryTest_User_.createBulk(rows);
        return db;
    }

    private static Map<String, Object> row(String name, Integer age, String city) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("name", name);
        m.put("age", age);
        m.put("city", city);
        return m;
    }

    private static List<String> names(Way way, Query<User> q) {
        return way.call(q::all, () -> q.reactive().all()).stream().map(u -> u.name).toList();
    }

    @Everywhere
    void comparisons(TestDatabases.Target target, Way way) {
        try (Database db = seeded(target)) {
            var age = QueryTest_User_.age;
            assertEquals(List.of("Ada"), names(way, QueryTest_User_.where(QueryTest_User_.name.eq("Ada"))));
            assertEquals(List.of("Grace", "alan"), names(way, QueryTest_User_.where(age.gt(36)).orderBy(age.desc())));
            assertEquals(List.of("Ada", "Grace", "alan"), names(way, QueryTest_User_.where(age.ge(36)).orderBy("name")));
            assertEquals(List.of("Linus", "100% Bob"), names(way, QueryTest_User_.where(age.lt(36)).orderBy("-name")));
            assertEquals(4, names(way, QueryTest_User_.where(age.le(41))).size());
            assertEquals(3, names(way, QueryTest_User_.where(age.ne(28))).size(), "NULL is neither equal nor unequal");
            assertEquals(List.of("Ada", "alan"), names(way, QueryTest_User_.where(age.between(36, 41)).orderBy(age.asc())));
            assertEquals(3, names(way, QueryTest_User_.where(age.in(28, 36))).size());
            assertEquals(List.of(), names(way, QueryTest_User_.where(age.in(List.of()))));
            assertEquals(2, names(way, QueryTest_User_.where(age.notIn(28, 36))).size(), "NOT IN leaves out NULLs too");
            assertEquals(6, names(way, QueryTest_User_.where(age.notIn(List.of()))).size(), "empty NOT IN matches all");
            assertEquals(List.of("under_score"), names(way, QueryTest_User_.where(age.isNull())));
            assertEquals(List.of("100% Bob"), names(way, QueryTest_User_.where(QueryTest_User_.city.eq(null))));
            assertEquals(5, names(way, QueryTest_User_.where(age.isNotNull())).size());
        }
    }

    @Everywhere
    void combinations(TestDatabases.Target target, Way way) {
        try (Database db = seeded(target)) {
            var age = QueryTest_User_.age;
            var city = QueryTest_User_.city;
            assertEquals(List.of("Ada"), names(way, QueryTest_User_.where(age.gt(30), city.eq("London"))), "several conditions AND");
            assertEquals(List.of("Ada"), names(way, QueryTest_User_.where(age.gt(30)).where(city.eq("London"))));
            assertEquals(List.of("Ada", "Grace"), names(way, QueryTest_User_.where(city.eq("London").or(age.gt(80))).orderBy("name")));
            assertEquals(List.of("Ada", "Grace"), names(way, QueryTest_User_.where(Conditions.or(city.eq("London"), age.gt(80))).orderBy("name")));
            assertEquals(List.of("alan"), names(way, QueryTest_User_.where(age.gt(30).and(city.ne("London")).and(age.lt(80)))));
            assertEquals(List.of("Grace", "Linus", "alan", "under_score"),
                    names(way, QueryTest_User_.where(city.eq("London").not(), city.isNotNull()).orderBy("name")));
            assertEquals(List.of("Grace", "Linus", "alan", "under_score"),
                    names(way, QueryTest_User_.where(Conditions.not(Conditions.or(city.eq("London"), city.isNull()))).orderBy("name")));
        }
    }

    @Everywhere
    void textMatchingIsLiteralAndCaseInsensitiveEverywhere(TestDatabases.Target target, Way way) {
        try (Database db = seeded(target)) {
            var name = QueryTest_User_.name;
            var city = QueryTest_User_.city;
            assertEquals(List.of("100% Bob"), names(way, QueryTest_User_.where(name.contains("0%"))), "% is literal");
            assertEquals(List.of("under_score"), names(way, QueryTest_User_.where(name.contains("_"))), "_ is literal");
            assertEquals(List.of(), names(way, QueryTest_User_.where(name.startsWith("%"))));
            assertEquals(List.of("100% Bob"), names(way, QueryTest_User_.where(name.startsWith("100%"))));
            assertEquals(List.of("under_score"), names(way, QueryTest_User_.where(name.endsWith("r_score"))));
            assertEquals(List.of(), names(way, QueryTest_User_.where(name.endsWith("R_SCORE"))), "case-sensitive forms");
            assertEquals(List.of("Ada", "alan"), names(way, QueryTest_User_.where(city.icontains("LONDON")).orderBy("name")));
            assertEquals(List.of("Ada", "alan"), names(way, QueryTest_User_.where(name.istartsWith("A")).orderBy("name")));
            assertEquals(List.of("under_score"), names(way, QueryTest_User_.where(name.iendsWith("R_SCORE"))));
            assertEquals(List.of(), names(way, QueryTest_User_.where(name.icontains("r%s"))));
            assertEquals(List.of("Ada", "alan"), names(way, QueryTest_User_.where(name.ilike("a%")).orderBy("name")));
            assertEquals(List.of("Ada"), names(way, QueryTest_User_.where(name.like("A_a"))), "like keeps wildcards");
            assertEquals(List.of("Ada"), names(way, QueryTest_User_.where(city.eq("London"))), "equality is case-sensitive");
        }
    }

    @Everywhere
    void terminals(TestDatabases.Target target, Way way) {
        try (Database db = seeded(target)) {
            var age = QueryTest_User_.age;
            Query<User> none = QueryTest_User_.where(age.gt(100));
            Query<User> many = QueryTest_User_.where(age.eq(28));
            Query<User> single = QueryTest_User_.where(QueryTest_User_.name.eq("Grace"));
            assertEquals(Optional.empty(), way.call(none::first, () -> none.reactive().first()));
            assertEquals("100% Bob", way.call(() -> many.orderBy("name").first(), () -> many.orderBy("name").reactive().first()).orElseThrow().name);
            assertEquals("Grace", way.call(single::one, () -> single.reactive().one()).name);
            assertThrows(NotFoundException.class, () -> way.call(none::one, () -> none.reactive().one()));
            assertThrows(MultipleResultsException.class, () -> way.call(many::one, () -> many.reactive().one()));
            assertEquals(2L, way.call(many::count, () -> many.reactive().count()));
            assertEquals(0L, way.call(none::count, () -> none.reactive().count()));
            assertEquals(6L, way.call(() -> QueryTest_User_.query().count(), () -> QueryTest_User_.reactive().count()));
            assertTrue(way.call(many::exists, () -> many.reactive().exists()));
            assertFalse(way.call(none::exists, () -> none.reactive().exists()));
            assertEquals(6, way.call(QueryTest_User_::all, () -> QueryTest_User_.reactive().all()).size());
        }
    }

    @Everywhere
    void orderingLimitsAndNulls(TestDatabases.Target target, Way way) {
        try (Database db = seeded(target)) {
            var age = QueryTest_User_.age;
            List<String> byAge = names(way, QueryTest_User_.query().orderBy(age.asc().nullsLast(), QueryTest_User_.name.asc()));
            assertEquals(List.of("100% Bob", "Linus", "Ada", "alan", "Grace", "under_score"), byAge, "ties broken by the next key");
            assertEquals("under_score", names(way, QueryTest_User_.query().orderBy(age.asc())).get(0), "NULL smallest, everywhere");
            assertEquals("under_score", names(way, QueryTest_User_.query().orderBy(age.desc())).get(5), "NULL smallest, everywhere");
            assertEquals("under_score", names(way, QueryTest_User_.query().orderBy(age.asc().nullsFirst())).get(0));
            assertEquals("under_score", names(way, QueryTest_User_.query().orderBy(age.desc().nullsFirst())).get(0));
            assertEquals("Grace", names(way, QueryTest_User_.query().orderBy(age.desc().nullsLast())).get(0));
            Query<User> sorted = QueryTest_User_.query().orderBy(age.asc().nullsLast(), QueryTest_User_.name.asc());
            assertEquals(List.of("Linus", "Ada"), names(way, sorted.limit(2).offset(1)));
            assertEquals(List.of("Linus", "Ada"), names(way, sorted.paginate(2, 1)));
            assertEquals(List.of("under_score"), names(way, sorted.offset(5)));
            assertEquals(List.of(), names(way, sorted.offset(50)), "past the end");
            assertEquals(List.of(), names(way, sorted.limit(0)));
            assertEquals(1L, way.call(() -> sorted.offset(5).count(), () -> sorted.offset(5).reactive().count()), "count within offset");
            assertEquals(2L, way.call(() -> sorted.limit(2).count(), () -> sorted.limit(2).reactive().count()));
            assertEquals("Ada", way.call(() -> sorted.offset(2).first(), () -> sorted.offset(2).reactive().first()).orElseThrow().name);
            assertEquals(List.of("Grace", "alan"), names(way, QueryTest_User_.query().orderBy("-age").limit(2)));
            assertThrows(ValidationException.class, () -> QueryTest_User_.query().orderBy("-nope"));
            assertThrows(ValidationException.class, () -> QueryTest_User_.query().orderBy("age; drop table x"));
        }
    }

    @Everywhere
    void queriesAreImmutable(TestDatabases.Target target, Way way) {
        try (Database db = seeded(target)) {
            Query<User> base = QueryTest_User_.where(QueryTest_User_.age.isNotNull());
            Query<User> young = base.where(QueryTest_User_.age.lt(30));
            Query<User> old = base.where(QueryTest_User_.age.gt(80));
            Query<User> limited = base.limit(1);
            assertEquals(5, names(way, base).size());
            assertEquals(2, names(way, young).size());
            assertEquals(List.of("Grace"), names(way, old));
            assertEquals(1, names(way, limited).size());
            assertEquals(5, names(way, base).size());
            assertTrue(base.sql().contains("IS NOT NULL"), base.sql());
            assertFalse(base.sql().contains("<"), "a branch does not change its base: " + base.sql());
        }
    }
}
