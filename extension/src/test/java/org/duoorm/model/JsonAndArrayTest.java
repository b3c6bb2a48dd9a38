package org.duoorm.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import org.duoorm.Database;
import org.duoorm.Dialect;
import org.duoorm.MappingException;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.testing.TestDatabases;

/** JSON columns everywhere; JSON paths where the database has them; arrays on PostgreSQL. */
@SuppressWarnings("try")
class JsonAndArrayTest {

    @Table(name = "m_json_doc")
    public static class Doc extends Model<Doc> {
        @Id
        @GeneratedValue
        public Long id;
        public String title;
        public Map<String, Object> attributes;
        public List<Object> items;
        @Json
        public String raw;
    }

    @Table(name = "m_array_post")
    public static class Post extends Model<Post> {
        @Id
        @GeneratedValue
        public Long id;
        public String[] tags;
        public Integer[] scores;
    }

    @Table(name = "m_array_tagged")
    public static class Tagged extends Model<Tagged> {
        @Id
        @GeneratedValue
        public Long id;
        public String label;
        public String[] tags;
        public Integer[] scores;
        @jakarta.persistence.Column(columnDefinition = "varchar(20)[]")
        public String[] codes;
    }

    @Everywhere
    void jsonRoundTrips(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Doc.class)) {
            Map<String, Object> attrs = Map.of("city", "Paris", "n", 3, "nested", Map.of("ok", true, "quote", "it's \"x\""),
                    "list", List.of(1, 2.5, "three"));
            Doc d = way.call(() -> JsonAndArrayTest_Doc_.create(Map.of("title", "a", "attributes", attrs, "items", List.of("x", 1),
                    "raw", "{\"k\": [1, 2]}")), () -> JsonAndArrayTest_Doc_.reactive().create(Map.of("title", "a", "attributes", attrs,
                    "items", List.of("x", 1), "raw", "{\"k\": [1, 2]}")));
            Doc r = way.call(() -> JsonAndArrayTest_Doc_.get(d.id), () -> JsonAndArrayTest_Doc_.reactive().get(d.id)).orElseThrow();
            assertEquals(attrs, r.attributes);
            assertEquals(List.of("x", 1), r.items);
            assertEquals("{\"k\":[1,2]}", r.raw.replace(" ", ""), "JSON text as the database formats it");
            r.attributes = Map.of("city", "Rome");
            way.call(r::save, () -> r.reactive().save());
            assertEquals(Map.of("city", "Rome"), JsonAndArrayTest_Doc_.get(d.id).orElseThrow().attributes);
            Doc empty = JsonAndArrayTest_Doc_.create(Map.of("title", "b"));
            assertNull(JsonAndArrayTest_Doc_.get(empty.id).orElseThrow().attributes);
        }
    }

    @Everywhere
    void jsonPathsFilterAndSort(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Doc.class)) {
            JsonAndArrayTest_Doc_.createBulk(List.of(
                    Map.of("title", "a", "attributes", Map.of("address", Map.of("city", "Paris"), "rank", 2, "tags", List.of("x", "y"),
                            "it's \"odd\"", "key")),
                    Map.of("title", "b", "attributes", Map.of("address", Map.of("city", "Oslo"), "rank", 1)),
                    Map.of("title", "c", "attributes", Map.of("rank", 3))));
            var city = JsonAndArrayTest_Doc_.attributes.path("address", "city");
            Query<Doc> paris = JsonAndArrayTest_Doc_.where(city.eq("Paris"));
            assertEquals("a", way.call(paris::one, () -> paris.reactive().one()).title);
            Query<Doc> noCity = JsonAndArrayTest_Doc_.where(city.isNull());
            assertEquals("c", way.call(noCity::one, () -> noCity.reactive().one()).title);
            Query<Doc> ci = JsonAndArrayTest_Doc_.where(city.icontains("SL"));
            assertEquals("b", way.call(ci::one, () -> ci.reactive().one()).title);
            Query<Doc> byRank = JsonAndArrayTest_Doc_.query().orderBy(JsonAndArrayTest_Doc_.attributes.path("rank").desc());
            assertEquals(List.of("c", "a", "b"), way.call(byRank::all, () -> byRank.reactive().all()).stream().map(d -> d.title).toList());
            Query<Doc> second = JsonAndArrayTest_Doc_.where(JsonAndArrayTest_Doc_.attributes.path("tags").at(1).eq("y"));
            assertEquals("a", way.call(second::one, () -> second.reactive().one()).title, "an array index in the path");
            Query<Doc> notAnIndex = JsonAndArrayTest_Doc_.where(JsonAndArrayTest_Doc_.attributes.path("tags", "1").isNotNull());
            assertEquals(0, way.call(notAnIndex::count, () -> notAnIndex.reactive().count()), "a key is never an array index");
            Query<Doc> odd = JsonAndArrayTest_Doc_.where(JsonAndArrayTest_Doc_.attributes.path("it's \"odd\"").eq("key"));
            assertEquals("a", way.call(odd::one, () -> odd.reactive().one()).title, "quotes in a key are bound, not spliced");
            Query<Doc> rank = JsonAndArrayTest_Doc_.where(JsonAndArrayTest_Doc_.attributes.path("rank").eq("3"));
            assertEquals("c", way.call(rank::one, () -> rank.reactive().one()).title, "a number compares as its text");
        }
    }

    @Everywhere
    void arraysOnPostgres(TestDatabases.Target target, Way way) {
        if (target.dialect() != Dialect.POSTGRESQL) {
            try (Database db = Database.create(target.config().build())) {
                Models.register(db, Post.class);
                MappingException e = assertThrows(MappingException.class, () -> Models.validate(db));
                assertEquals(true, e.getMessage().contains("PostgreSQL"), e.getMessage());
            }
            return;
        }
        try (Database db = ModelTesting.open(target, Post.class)) {
            Post p = new Post();
            p.tags = new String[] {"java", "sql", "it's"};
            p.scores = new Integer[] {3, 1};
            way.call(p::save, () -> p.reactive().save());
            JsonAndArrayTest_Post_.create(Map.of("tags", new String[] {"python"}, "scores", new Integer[] {}));
            Post r = JsonAndArrayTest_Post_.get(p.id).orElseThrow();
            assertArrayEquals(p.tags, r.tags);
            assertArrayEquals(p.scores, r.scores);
            var tags = JsonAndArrayTest_Post_.tags;
            Query<Post> both = JsonAndArrayTest_Post_.where(tags.contains("sql", "java"));
            assertEquals(p.id, way.call(both::one, () -> both.reactive().one()).id);
            Query<Post> any = JsonAndArrayTest_Post_.where(tags.overlaps("python", "go"));
            assertEquals(1, way.call(any::all, () -> any.reactive().all()).size());
            Query<Post> within = JsonAndArrayTest_Post_.where(JsonAndArrayTest_Post_.scores.containedBy(1, 2, 3));
            assertEquals(2, way.call(within::count, () -> within.reactive().count()));
        }
    }

    private static Tagged tagged(String label, String[] tags, Integer[] scores, String[] codes) {
        Tagged t = new Tagged();
        t.label = label;
        t.tags = tags;
        t.scores = scores;
        t.codes = codes;
        return t;
    }

    /**
     * Every array helper on PostgreSQL, on {@code text[]}, {@code integer[]} and a {@code varchar(20)[]} declared by
     * the mapping: the rows each one selects are the rows Java selects from the same data (NULL arrays, empty
     * arrays, duplicates and a quote included).
     */
    @Everywhere
    void everyArrayHelperOnEveryElementType(TestDatabases.Target target, Way way) {
        if (target.dialect() != Dialect.POSTGRESQL) {
            try (Database db = Database.create(target.config().build())) {
                Models.register(db, Tagged.class);
                MappingException e = assertThrows(MappingException.class, () -> Models.validate(db));
                assertEquals(true, e.getMessage().contains("PostgreSQL"), e.getMessage());
            }
            return;
        }
        try (Database db = ModelTesting.open(target, Tagged.class)) {
            List<Tagged> rows = List.of(
                    tagged("a", new String[] {"java", "sql", "it's"}, new Integer[] {3, 1}, new String[] {"x1", "y2"}),
                    tagged("b", new String[] {"sql"}, new Integer[] {1, 1, 2}, new String[] {"y2"}),
                    tagged("c", new String[] {}, new Integer[] {}, new String[] {}),
                    tagged("d", null, null, null),
                    tagged("e", new String[] {"go", "java"}, new Integer[] {7}, new String[] {"z3", "x1", "x1"}));
            for (Tagged t : rows) {
                way.call(t::save, () -> t.reactive().save());
            }
            var tags = JsonAndArrayTest_Tagged_.tags;
            var scores = JsonAndArrayTest_Tagged_.scores;
            var codes = JsonAndArrayTest_Tagged_.codes;
            java.util.function.BiConsumer<org.duoorm.model.Condition<Tagged>, java.util.function.Predicate<Tagged>> check = (c, p) -> {
                Query<Tagged> q = JsonAndArrayTest_Tagged_.where(c).orderBy("label");
                List<String> got = way.call(q::all, () -> q.reactive().all()).stream().map(t -> t.label).toList();
                List<String> expected = rows.stream().filter(p).map(t -> t.label).sorted().toList();
                assertEquals(expected, got, c.toString());
            };
            java.util.function.Function<Object[], List<Object>> l = a -> a == null ? null : java.util.Arrays.asList(a);
            check.accept(tags.eq(new String[] {"sql"}), t -> t.tags != null && List.of("sql").equals(l.apply(t.tags)));
            check.accept(tags.ne(new String[] {"sql"}), t -> t.tags != null && !List.of("sql").equals(l.apply(t.tags)));
            check.accept(codes.eq(new String[] {"y2"}), t -> t.codes != null && List.of("y2").equals(l.apply(t.codes)));
            check.accept(codes.ne(new String[] {"y2"}), t -> t.codes != null && !List.of("y2").equals(l.apply(t.codes)));
            check.accept(scores.eq(new Integer[] {}), t -> t.scores != null && t.scores.length == 0);
            check.accept(tags.contains("java", "it's"), t -> t.tags != null && l.apply(t.tags).containsAll(List.of("java", "it's")));
            check.accept(codes.contains("x1"), t -> t.codes != null && l.apply(t.codes).contains("x1"));
            check.accept(scores.containedBy(1, 2, 3), t -> t.scores != null && List.of(1, 2, 3).containsAll(l.apply(t.scores)));
            check.accept(codes.containedBy("x1", "y2"), t -> t.codes != null && List.of("x1", "y2").containsAll(l.apply(t.codes)));
            check.accept(tags.overlaps("go", "sql"), t -> t.tags != null && l.apply(t.tags).stream().anyMatch(List.of("go", "sql")::contains));
            check.accept(codes.overlaps("z3"), t -> t.codes != null && l.apply(t.codes).contains("z3"));
            check.accept(tags.length().eq(0), t -> t.tags != null && t.tags.length == 0);
            check.accept(scores.length().ge(2), t -> t.scores != null && t.scores.length >= 2);
            check.accept(codes.length().eq(3), t -> t.codes != null && t.codes.length == 3);
            check.accept(tags.anyElement().eq("java"), t -> t.tags != null && l.apply(t.tags).contains("java"));
            check.accept(codes.anyElement().eq("y2"), t -> t.codes != null && l.apply(t.codes).contains("y2"));
            check.accept(scores.anyElement().gt(2), t -> t.scores != null && java.util.Arrays.stream(t.scores).anyMatch(x -> x > 2));
            check.accept(scores.anyElement().le(1), t -> t.scores != null && java.util.Arrays.stream(t.scores).anyMatch(x -> x <= 1));
            check.accept(tags.anyElement().ne("sql"), t -> t.tags != null && java.util.Arrays.stream(t.tags).anyMatch(x -> !x.equals("sql")));
            Query<Tagged> sorted = JsonAndArrayTest_Tagged_.query().orderBy(scores.length().desc(), JsonAndArrayTest_Tagged_.label.asc());
            assertEquals(List.of("b", "a", "e", "c", "d"), way.call(sorted::all, () -> sorted.reactive().all()).stream().map(t -> t.label)
                    .toList(), "sorted by length, NULL last when descending");
        }
    }
}
