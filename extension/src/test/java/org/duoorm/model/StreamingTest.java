package org.duoorm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.duoorm.InvalidArgumentException;
import org.duoorm.Database;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.testing.Leaks;
import org.duoorm.testing.TestDatabases;

/** iterate (Stream / Multi over a cursor), iterateBatches and page. */
@SuppressWarnings("try")
class StreamingTest {

    @Table(name = "m_stream_event")
    public static class Event extends Model<Event> {
        @Id
        public Integer id;
        public String kind;
    }

    private static Database seeded(TestDatabases.Target target, int n) {
        Database db = ModelTesting.open(target, Event.class);
        List<Integer> ids = IntStream.range(0, n).map(i -> (i * 37) % n).boxed().collect(Collectors.toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Integer id : ids) {
            rows.add(Map.of("id", id, "kind", id % 3 == 0 ? "fizz" : "other"));
        }
        StreamingTest_Event_.createBulk(rows);
        return db;
    }

    @Everywhere
    void iterateStreamsInKeyOrder(TestDatabases.Target target, Way way) {
        try (Database db = seeded(target, 250)) {
            Query<Event> q = StreamingTest_Event_.query();
            List<Event> all = way.list(() -> q.iterate(16), () -> q.reactive().iterate(16));
            assertEquals(IntStream.range(0, 250).boxed().toList(), all.stream().map(e -> e.id).toList(), "ordered by key");
            Query<Event> fizz = StreamingTest_Event_.where(StreamingTest_Event_.kind.eq("fizz")).orderBy("-id");
            List<Event> desc = way.list(fizz::iterate, () -> fizz.reactive().iterate());
            assertEquals(84, desc.size());
            assertEquals(249, desc.get(0).id);
            assertThrows(InvalidArgumentException.class, () -> way.list(() -> q.iterate(0), () -> q.reactive().iterate(0)));
        }
    }

    @Everywhere
    void abandoningAStreamEarlyGivesTheConnectionBack(TestDatabases.Target target, Way way) {
        try (Database db = seeded(target, 300)) {
            Query<Event> q = StreamingTest_Event_.query();
            List<Event> firstFew = way == Way.BLOCKING ? firstThree(q)
                    : q.reactive().iterate(10).select().first(3).collect().asList().await().atMost(ModelTesting.TIMEOUT);
            assertEquals(List.of(0, 1, 2), firstFew.stream().map(e -> e.id).toList());
            Leaks.assertNoActiveConnections(db);
            assertEquals(300L, StreamingTest_Event_.count());
        }
    }

    private static List<Event> firstThree(Query<Event> q) {
        try (var s = q.iterate(10)) {
            return s.limit(3).toList();
        }
    }

    @Everywhere
    void iterateInBatches(TestDatabases.Target target, Way way) {
        try (Database db = seeded(target, 105)) {
            Query<Event> q = StreamingTest_Event_.query();
            List<List<Event>> batches = way.list(() -> q.iterateBatches(25), () -> q.reactive().iterateBatches(25));
            assertEquals(List.of(25, 25, 25, 25, 5), batches.stream().map(List::size).toList());
            assertEquals(100, batches.get(4).get(0).id);
        }
    }

    @Everywhere
    void streamingInsideATransactionSeesItsWrites(TestDatabases.Target target, Way way) {
        try (Database db = seeded(target, 10)) {
            List<Event> seen = way == Way.BLOCKING
                    ? db.transaction(tx -> {
                        StreamingTest_Event_.create(Map.of("id", 1000, "kind", "new"));
                        try (var s = StreamingTest_Event_.query().iterate(3)) {
                            return s.toList();
                        }
                    })
                    : db.reactive().transactionMulti(org.duoorm.TransactionOptions.defaults(),
                            tx -> StreamingTest_Event_.reactive().create(Map.of("id", 1000, "kind", "new")).toMulti()
                                    .onItem().transformToMultiAndConcatenate(e -> StreamingTest_Event_.query().reactive().iterate(3)))
                            .collect().asList().await().atMost(ModelTesting.TIMEOUT);
            assertEquals(11, seen.size());
            assertEquals(1000, seen.get(10).id);
        }
    }

    @Everywhere
    void pagesCarryTheTotal(TestDatabases.Target target, Way way) {
        try (Database db = seeded(target, 45)) {
            Query<Event> q = StreamingTest_Event_.query().orderBy(StreamingTest_Event_.id.desc());
            Page<Event> p1 = way.call(() -> q.page(1, 20), () -> q.reactive().page(1, 20));
            assertEquals(45L, p1.total());
            assertEquals(20, p1.items().size());
            assertEquals(44, p1.items().get(0).id);
            assertEquals(3L, p1.totalPages());
            assertTrue(p1.hasNext());
            assertFalse(p1.hasPrevious());
            Page<Event> p3 = way.call(() -> q.page(3, 20), () -> q.reactive().page(3, 20));
            assertEquals(5, p3.items().size());
            assertFalse(p3.hasNext());
            Page<Event> past = way.call(() -> q.page(9, 20), () -> q.reactive().page(9, 20));
            assertEquals(List.of(), past.items());
            assertEquals(45L, past.total());
            Query<Event> fizz = StreamingTest_Event_.where(StreamingTest_Event_.kind.eq("fizz"));
            Page<Event> f = way.call(() -> fizz.page(2, 10), () -> fizz.reactive().page(2, 10));
            assertEquals(15L, f.total());
            assertEquals(5, f.items().size());
            assertThrows(InvalidArgumentException.class, () -> way.call(() -> q.page(0, 10), () -> q.reactive().page(0, 10)));
        }
    }
}
