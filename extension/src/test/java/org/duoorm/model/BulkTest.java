package org.duoorm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.duoorm.Database;
import org.duoorm.ValidationException;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.testing.TestDatabases;

/** createBulk, updateBulk and deleteBulk: counts, expressions, the whole-table guard. */
@SuppressWarnings("try")
class BulkTest {

    @Table(name = "m_bulk_item")
    public static class Item extends Model<Item> {
        @Id
        @GeneratedValue
        public Long id;
        public String sku;
        public int stock;
        public Integer price;
        @Guarded
        public String owner;
    }

    private static List<Map<String, Object>> items(int n) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Map.of("sku", "sku-" + i, "stock", i % 10, "price", 100 + i));
        }
        return out;
    }

    @Everywhere
    void createBulkInBatches(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Item.class)) {
            List<Map<String, Object>> payloads = items(2500);
            int n = way.call(() -> BulkTest_Item_.createBulk(payloads), () -> BulkTest_Item_.reactive().createBulk(payloads));
            assertEquals(2500, n);
            assertEquals(2500L, BulkTest_Item_.count());
            assertEquals(0, (int) way.call(() -> BulkTest_Item_.createBulk(List.of()), () -> BulkTest_Item_.reactive().createBulk(List.of())));
        }
    }

    @Everywhere
    void createBulkReturningGivesKeysInOrder(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Item.class)) {
            List<Map<String, Object>> payloads = items(1200);
            List<Item> created = way.call(() -> BulkTest_Item_.createBulkReturning(payloads),
                    () -> BulkTest_Item_.reactive().createBulkReturning(payloads));
            assertEquals(1200, created.size());
            assertEquals(1200, new HashSet<>(created.stream().map(i -> i.id).toList()).size());
            for (int i = 0; i < created.size(); i++) {
                assertNotNull(created.get(i).id);
                assertEquals("sku-" + i, created.get(i).sku);
                assertEquals("sku-" + i, BulkTest_Item_.get(created.get(i).id).orElseThrow().sku, "key matches its row");
            }
            Item first = created.get(0);
            first.stock = 99;
            first.save();
            assertEquals(99, BulkTest_Item_.get(first.id).orElseThrow().stock, "returned models are persisted");
        }
    }

    @Everywhere
    void bulkValidationIsAllOrNothing(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Item.class)) {
            List<Map<String, Object>> payloads = new ArrayList<>(items(3));
            payloads.add(Map.of("sku", "bad", "colour", "red"));
            assertThrows(ValidationException.class, () -> way.call(() -> BulkTest_Item_.createBulk(payloads),
                    () -> BulkTest_Item_.reactive().createBulk(payloads)));
            assertEquals(0L, BulkTest_Item_.count());
        }
    }

    @Everywhere
    void updateBulkCountsAndTakesExpressions(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Item.class)) {
            BulkTest_Item_.createBulk(items(30));
            var stock = BulkTest_Item_.stock;
            Query<Item> low = BulkTest_Item_.where(stock.lt(3));
            int n = way.call(() -> low.updateBulk(stock.set(stock.plus(100))), () -> low.reactive().updateBulk(stock.set(stock.plus(100))));
            assertEquals(9, n);
            assertEquals(9L, BulkTest_Item_.where(stock.ge(100)).count());
            Query<Item> high = BulkTest_Item_.where(stock.ge(100));
            int m = way.call(() -> high.updateBulk(Map.of("price", 1, "sku", "x")), () -> high.reactive().updateBulk(Map.of("price", 1, "sku", "x")));
            assertEquals(9, m);
            assertEquals(9L, BulkTest_Item_.where(BulkTest_Item_.price.eq(1), BulkTest_Item_.sku.eq("x")).count());
            Query<Item> none = BulkTest_Item_.where(stock.gt(1000));
            assertEquals(0, (int) way.call(() -> none.updateBulk(BulkTest_Item_.price.setNull()),
                    () -> none.reactive().updateBulk(BulkTest_Item_.price.setNull())));
            assertThrows(ValidationException.class, () -> way.call(() -> high.updateBulk(Map.of("owner", "me")),
                    () -> high.reactive().updateBulk(Map.of("owner", "me"))), "guarded");
            assertThrows(ValidationException.class, () -> way.call(() -> high.updateBulk(Map.of("id", 1)),
                    () -> high.reactive().updateBulk(Map.of("id", 1))), "primary key");
        }
    }

    @Everywhere
    void bulkOperationsRefuseTheWholeTableUnlessAsked(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Item.class)) {
            BulkTest_Item_.createBulk(items(12));
            Query<Item> all = BulkTest_Item_.query();
            assertThrows(FilterRequiredException.class, () -> way.call(all::deleteBulk, () -> all.reactive().deleteBulk()));
            assertThrows(FilterRequiredException.class, () -> way.call(() -> all.updateBulk(Map.of("stock", 1)),
                    () -> all.reactive().updateBulk(Map.of("stock", 1))));
            assertThrows(IllegalStateException.class, () -> way.call(() -> all.wholeTable().limit(1).deleteBulk(),
                    () -> all.wholeTable().limit(1).reactive().deleteBulk()));
            assertEquals(12L, BulkTest_Item_.count());
            assertEquals(12, (int) way.call(() -> all.wholeTable().updateBulk(Map.of("stock", 7)),
                    () -> all.wholeTable().reactive().updateBulk(Map.of("stock", 7))));
            Query<Item> some = BulkTest_Item_.where(BulkTest_Item_.sku.in("sku-1", "sku-2", "nope"));
            assertEquals(2, (int) way.call(some::deleteBulk, () -> some.reactive().deleteBulk()));
            assertEquals(10, (int) way.call(() -> all.wholeTable().deleteBulk(), () -> all.wholeTable().reactive().deleteBulk()));
            assertTrue(BulkTest_Item_.all().isEmpty());
        }
    }
}
