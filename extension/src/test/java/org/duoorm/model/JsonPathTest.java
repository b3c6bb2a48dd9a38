package org.duoorm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duoorm.InvalidArgumentException;
import org.duoorm.Database;
import org.duoorm.Dialect;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * JSON paths read the same on every database: keys are object keys (a key "0" too), the text at a path is
 * the same text, JSON null and missing paths are NULL. Each database is asked with the same conditions,
 * blocking and reactive.
 */
@SuppressWarnings("try")
class JsonPathTest {

    @Table(name = "m_json_path")
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

    /** The titles of the documents matching, in title order. */
    private static List<String> titles(Way way, Condition<Doc> condition) {
        Query<Doc> q = JsonPathTest_Doc_.where(condition).orderBy(JsonPathTest_Doc_.title.asc());
        return way.call(q::all, () -> q.reactive().all()).stream().map(d -> d.title).toList();
    }

    private static Map<String, Object> doc(String title, Object attributes, Object items) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("attributes", attributes);
        m.put("items", items);
        return m;
    }

    @Everywhere
    void aKeyZeroIsAKeyOnEveryDatabase(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Doc.class)) {
            JsonPathTest_Doc_.createBulk(List.of(
                    doc("object", Map.of("0", "zero key", "tags", List.of("x", "y")), List.of("first", "second")),
                    doc("other", Map.of("1", "one key"), List.of(Map.of("0", "in an element")))));
            var attributes = JsonPathTest_Doc_.attributes;
            var items = JsonPathTest_Doc_.items;
            assertEquals(List.of("object"), titles(way, attributes.path("0").eq("zero key")), "the key \"0\" of an object");
            assertEquals(List.of(), titles(way, items.path("0").isNotNull()), "a key on an array is NULL, not its element");
            assertEquals(List.of(), titles(way, attributes.path("tags", "1").isNotNull()), "a key \"1\" on an array is NULL");
            assertEquals(List.of("object"), titles(way, attributes.path("1").isNull()), "the key \"1\" is missing on one");
        }
    }

    /** Keys with every character that means something in a JSON path, each bound, none spliced. */
    static final List<String> ODD_KEYS = List.of("it's \"odd\"", "back\\slash", "a.b", "$", "$.a", "[0]", "a]", "with space",
            "ünï 中 😀", "tab\tnew\nline", "", "*", "\\\"", "last", "a-b", "0x", "\u007f\u2028");

    @Everywhere
    void keysWithPathSyntaxAreReadExactly(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Doc.class)) {
            Map<String, Object> odd = new LinkedHashMap<>();
            for (int i = 0; i < ODD_KEYS.size(); i++) {
                odd.put(ODD_KEYS.get(i), "v" + i);
            }
            odd.put("a", Map.of("b", "nested"));
            JsonPathTest_Doc_.createBulk(List.of(doc("odd", odd, List.of()), doc("plain", Map.of("a", "b"), List.of())));
            var attributes = JsonPathTest_Doc_.attributes;
            for (int i = 0; i < ODD_KEYS.size(); i++) {
                String key = ODD_KEYS.get(i);
                assertEquals(List.of("odd"), titles(way, attributes.path(key).eq("v" + i)), "key <" + key + ">");
            }
            assertEquals(List.of("odd"), titles(way, attributes.path("a", "b").eq("nested")));
            assertEquals(List.of("plain"), titles(way, attributes.path("a.b").isNull()), "a dot in a key is no step");
            JsonPathTest_Doc_.create(doc("minus", Map.of("-1", "v"), List.of()));
            assertEquals(target.dialect() == Dialect.MARIADB ? List.of() : List.of("minus"), titles(way, attributes.path("-1").eq("v")),
                    "MariaDB's JSON paths never find a key that begins with '-' (documented)");
        }
    }

    @Everywhere
    void scalarsComeBackAsTheSameTextAndJsonNullAsNull(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Doc.class)) {
            Map<String, Object> scalars = new HashMap<>();
            scalars.put("nul", null);
            scalars.put("s", "null");
            scalars.put("quoted", "say \"hi\"\n\\ é😀");
            scalars.put("t", true);
            scalars.put("f", false);
            scalars.put("i", 42);
            scalars.put("neg", -7);
            scalars.put("long", 5_000_000_000L);
            scalars.put("big", new java.math.BigInteger("123456789012345678901234567890"));
            scalars.put("d", 2.5);
            scalars.put("e20", 1e20);
            scalars.put("tiny", 1e-7);
            scalars.put("one", 1.0);
            JsonPathTest_Doc_.createBulk(List.of(doc("scalars", scalars, List.of())));
            var a = JsonPathTest_Doc_.attributes;
            List<String> one = List.of("scalars");
            assertEquals(one, titles(way, a.path("nul").isNull()), "JSON null is NULL");
            assertEquals(one, titles(way, a.path("missing").isNull()), "a missing key is NULL");
            assertEquals(one, titles(way, a.path("s").eq("null")), "the text \"null\" is text");
            assertEquals(one, titles(way, a.path("quoted").eq("say \"hi\"\n\\ é😀")), "text without quotes or escapes");
            assertEquals(one, titles(way, a.path("t").eq("true")));
            assertEquals(one, titles(way, a.path("f").eq("false")));
            assertEquals(one, titles(way, a.path("i").eq("42")));
            assertEquals(one, titles(way, a.path("neg").eq("-7")));
            assertEquals(one, titles(way, a.path("long").eq("5000000000")));
            assertEquals(one, titles(way, a.path("big").eq("123456789012345678901234567890")));
            assertEquals(one, titles(way, a.path("d").eq("2.5")));
            assertEquals(one, titles(way, a.path("e20").eq("100000000000000000000.0")), "a double is written in plain notation");
            assertEquals(one, titles(way, a.path("tiny").eq("0.0000001")));
            assertEquals(one, titles(way, a.path("one").eq("1.0")));
        }
    }

    /**
     * The documented differences: an object or array comes back as JSON text formatted by the database; in
     * a document someone else wrote, a number in exponent notation comes back as MariaDB stored it, and a
     * key spelled with an escape is not found on MariaDB.
     */
    @Everywhere
    void nestedValuesComeBackAsTheDatabasesJsonText(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Doc.class)) {
            Map<String, Object> nested = new LinkedHashMap<>();
            nested.put("a", 1);
            nested.put("b", java.util.Arrays.asList(true, null, "x"));
            Map<String, Object> d = doc("nested", Map.of("n", nested), List.of());
            d.put("raw", "{\"e\": 1e2, \"scale\": 1.50, \"\\u00e9\": \"escaped\"}");
            JsonPathTest_Doc_.createBulk(List.of(d));
            String text = target.dialect() == Dialect.H2 ? "{\"a\":1,\"b\":[true,null,\"x\"]}" : "{\"a\": 1, \"b\": [true, null, \"x\"]}";
            List<String> one = List.of("nested");
            assertEquals(one, titles(way, JsonPathTest_Doc_.attributes.path("n").eq(text)));
            String e = target.dialect() == Dialect.MARIADB ? "1e2" : "100";
            assertEquals(one, titles(way, JsonPathTest_Doc_.raw.path("e").eq(e)));
            assertEquals(one, titles(way, JsonPathTest_Doc_.raw.path("scale").eq("1.50")), "the scale is kept");
            assertEquals(target.dialect() == Dialect.MARIADB ? List.of() : one, titles(way, JsonPathTest_Doc_.raw.path("é").eq("escaped")),
                    "MariaDB compares a key as the document spells it");
        }
    }

    @Everywhere
    void indexStepsReachArrayElementsOnly(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Doc.class)) {
            Map<String, Object> arrays = doc("arrays", Map.of("tags", List.of("x", "y"), "0", "zero"),
                    List.of(Map.of("k", "first"), "second", List.of("n0", "n1")));
            Map<String, Object> objects = doc("objects", Map.of("tags", Map.of("0", "obj0", "1", "obj1")), List.of("only"));
            objects.put("raw", "{\"0\": \"raw zero\"}");
            Map<String, Object> scalars = doc("scalars", Map.of("tags", "scalar"), List.of());
            scalars.put("raw", "[\"raw element\"]");
            JsonPathTest_Doc_.createBulk(List.of(arrays, objects, scalars));
            var tags = JsonPathTest_Doc_.attributes.path("tags");
            var items = JsonPathTest_Doc_.items;
            var raw = JsonPathTest_Doc_.raw;
            List<String> all = List.of("arrays", "objects", "scalars");
            assertEquals(List.of("arrays"), titles(way, tags.at(1).eq("y")));
            assertEquals(List.of("arrays"), titles(way, tags.at(0).isNotNull()), "an index on an object or a scalar is NULL");
            assertEquals(List.of("objects"), titles(way, tags.key("0").eq("obj0")), "a key on an object, never an index");
            assertEquals(List.of("objects"), titles(way, JsonPathTest_Doc_.attributes.path("tags", "1").eq("obj1")));
            assertEquals(List.of("arrays"), titles(way, items.at(0).key("k").eq("first")));
            assertEquals(List.of("arrays"), titles(way, items.at(1).eq("second")));
            assertEquals(List.of("arrays"), titles(way, items.at(2).at(1).eq("n1")));
            assertEquals(List.of("objects"), titles(way, items.at(0).eq("only")));
            assertEquals(all, titles(way, items.at(5).isNull()), "a missing element is NULL");
            assertEquals(all, titles(way, JsonPathTest_Doc_.attributes.at(0).isNull()), "an index on an object is NULL");
            assertEquals(List.of("objects"), titles(way, raw.path("0").eq("raw zero")));
            assertEquals(List.of("scalars"), titles(way, raw.at(0).eq("raw element")));
            assertEquals(List.of(), titles(way, raw.path("0").eq("raw element")), "a key on an array is NULL");
            Query<Doc> desc = JsonPathTest_Doc_.query().orderBy(items.at(1).desc());
            assertEquals(all, way.call(desc::all, () -> desc.reactive().all()).stream().map(d -> d.title).toList(), "NULLs last");
            Query<Doc> asc = JsonPathTest_Doc_.query().orderBy(items.at(1).asc(), tags.at(0).desc());
            assertEquals(List.of("objects", "scalars", "arrays"), way.call(asc::all, () -> asc.reactive().all()).stream().map(d -> d.title)
                    .toList(), "NULLs first, then by id");
        }
    }

    @Test
    void stepsAreTypedAndPathsEqualByTheirSteps() {
        var a = JsonPathTest_Doc_.attributes;
        assertEquals(List.of("tags", 1, "k"), a.path("tags").at(1).key("k").steps());
        assertEquals(a.path("x", "0"), a.path("x").key("0"));
        assertNotEquals(a.path("x", "0"), a.path("x").at(0), "a key \"0\" is no index 0");
        assertNotEquals(a.path("x"), a.path("y"));
        assertNotEquals(a.path("x").hashCode(), a.path("y").hashCode());
        assertNotEquals(a, a.path("x"));
        assertThrows(InvalidArgumentException.class, () -> a.at(-1));
        assertThrows(InvalidArgumentException.class, () -> a.path("x").at(-1));
        assertThrows(InvalidArgumentException.class, () -> a.path());
        assertThrows(InvalidArgumentException.class, () -> a.path("x").key(null));
        assertThrows(InvalidArgumentException.class, () -> a.path("x", null));
    }
}
