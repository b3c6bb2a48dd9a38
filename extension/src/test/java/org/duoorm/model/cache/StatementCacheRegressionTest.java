package org.duoorm.model.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.duoorm.Database;
import org.duoorm.model.Condition;
import org.duoorm.model.Conditions;
import org.duoorm.model.Everywhere;
import org.duoorm.model.ModelTesting;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.model.Models;
import org.duoorm.testing.TestDatabases;

/**
 * The statement cache collision found by review, as it was met: a query with a JSON-path condition, then a bulk
 * delete whose conditions had the same outline (a column compared to a value, a second test on another column)
 * on plain columns. The old cache keyed both by the same numbers, so the delete ran the first query's SQL with its
 * own values and deleted rows that did not match. Here each pair of similar statements runs one after the other
 * on one database, and the second must touch exactly the rows listed by hand.
 */
@SuppressWarnings("try")
class StatementCacheRegressionTest {
    private static final Items.Cols<Items.CItem, Items.CPart> C = new Items.Cols<>(Items.CItem.class, Items.CPart.class);

    /** id by name: the rows each case expects are named. */
    private static Map<String, Long> seed(Database db) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row("k-x", null, Map.of("k", "x"), true, 1));
        rows.add(row("a1-false", "a", Map.of("a", "1"), false, 2));
        rows.add(row("a1-true", null, Map.of("a", "1"), true, 3));
        rows.add(row("a2-false", "b", Map.of("a", "2"), false, 4));
        rows.add(row("empty-false", null, Map.of(), false, 5));
        rows.add(row("k-x-named", "x", Map.of("k", "x"), false, 6));
        List<Items.CItem> saved = Models.of(db, Items.CItem.class).createBulkReturning(rows);
        Map<String, Long> ids = new HashMap<>();
        for (Items.CItem i : saved) {
            ids.put(i.odd, i.id);
        }
        return ids;
    }

    private static Map<String, Object> row(String label, String name, Map<String, Object> attrs, boolean active, int qty) {
        Map<String, Object> m = new HashMap<>();
        m.put("odd", label);
        m.put("name", name);
        m.put("attrs", attrs);
        m.put("active", active);
        m.put("qty", qty);
        return m;
    }

    /** First statement (a select, to fill the cache), second one (a bulk delete), and what the delete must remove. */
    private record Case(String what, Function<Items.Cols<Items.CItem, Items.CPart>, List<Condition<Items.CItem>>> first,
            Function<Items.Cols<Items.CItem, Items.CPart>, List<Condition<Items.CItem>>> second, List<String> deleted) {
    }

    private static final List<Case> CASES = List.of(
            new Case("JSON path then whole JSON value", c -> List.of(c.attrs.path("k").eq("x"), c.name.isNull()),
                    c -> List.of(c.attrs.eq(Map.of("a", "1")), c.active.ne(true)), List.of("a1-false")),
            new Case("whole JSON value then JSON path", c -> List.of(c.attrs.eq(Map.of("a", "1")), c.active.ne(true)),
                    c -> List.of(c.attrs.path("k").eq("x"), c.name.isNull()), List.of("k-x")),
            new Case("one JSON path then another", c -> List.of(c.attrs.path("k").eq("x")),
                    c -> List.of(c.attrs.path("a").eq("2")), List.of("a2-false")),
            new Case("a column then another column", c -> List.of(c.name.eq("a")),
                    c -> List.of(c.odd.eq("empty-false")), List.of("empty-false")),
            new Case("equal then not equal", c -> List.of(c.qty.eq(1)),
                    c -> List.of(c.qty.ne(1), c.name.isNotNull()), List.of("a1-false", "a2-false", "k-x-named")),
            new Case("IN of 5 then IN of 6", c -> List.of(c.qty.in(List.of(1, 2, 3, 4, 5))),
                    c -> List.of(c.qty.in(List.of(2, 3, 4, 5, 6, 7))), List.of("a1-false", "a1-true", "a2-false", "empty-false",
                            "k-x-named")),
            new Case("null test then comparison", c -> List.of(c.name.isNull()),
                    c -> List.of(c.qty.gt(5)), List.of("k-x-named")),
            new Case("negated then plain", c -> List.of(Conditions.not(c.name.eq("a"))),
                    c -> List.of(c.name.eq("b")), List.of("a2-false")));

    @Everywhere
    void aBulkDeleteAfterASimilarQueryDeletesOnlyItsOwnRows(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Items.CItem.class, Items.CPart.class)) {
            for (Case k : CASES) {
                Models.schema(db).drop();
                Models.schema(db).create();
                Map<String, Long> ids = seed(db);
                List<Condition<Items.CItem>> first = k.first().apply(C);
                List<Condition<Items.CItem>> second = k.second().apply(C);
                way.call(() -> Models.of(db, Items.CItem.class).query().where(first).all(),
                        () -> Models.of(db, Items.CItem.class).query().where(first).reactive().all());
                int deleted = way.call(() -> Models.of(db, Items.CItem.class).query().where(second).deleteBulk(),
                        () -> Models.of(db, Items.CItem.class).query().where(second).reactive().deleteBulk());
                List<Long> left = Models.of(db, Items.CItem.class).query().all().stream().map(i -> i.id).sorted().toList();
                List<Long> expected = ids.entrySet().stream().filter(e -> !k.deleted().contains(e.getKey())).map(Map.Entry::getValue)
                        .sorted().toList();
                assertEquals(expected, left, k.what() + ": the rows left");
                assertEquals(k.deleted().size(), deleted, k.what() + ": the count deleted");
            }
        }
    }
}
