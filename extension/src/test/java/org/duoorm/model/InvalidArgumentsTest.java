package org.duoorm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.duoorm.Database;
import org.duoorm.DuoOrmException;
import org.duoorm.InvalidArgumentException;
import org.duoorm.TransactionOptions;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.testing.CountingListener;
import org.duoorm.testing.TestDatabases;

/**
 * Arguments the API cannot accept fail with {@link InvalidArgumentException} (a {@link DuoOrmException}), in both
 * modes, on every database, before any statement reaches the database, with a message naming the argument and its
 * value.
 */
class InvalidArgumentsTest {
    @Table(name = "m_invalid_arg")
    public static class Item extends Model<Item> {
        @Id
        public Integer id;
        public String name;
    }

    private record Case(String name, String expectedInMessage, Supplier<Object> call) {
    }

    @Everywhere
    void refusedBeforeAnyStatementWithTheDocumentedException(TestDatabases.Target target, Way way) {
        CountingListener listener = new CountingListener();
        try (Database db = Database.create(target.config().listener(listener).build())) {
            Models.register(db, Item.class);
            Models.schema(db).drop();
            Models.schema(db).create();
            Query<Item> q = InvalidArgumentsTest_Item_.query();
            List<Case> cases = List.of(
                    new Case("page number 0", "0", () -> way.call(() -> q.page(0, 10), () -> q.reactive().page(0, 10))),
                    new Case("page size 0", "0", () -> way.call(() -> q.page(1, 0), () -> q.reactive().page(1, 0))),
                    new Case("negative page number", "-3", () -> way.call(() -> q.page(-3, 10), () -> q.reactive().page(-3, 10))),
                    new Case("negative limit", "-1", () -> way.call(() -> q.limit(-1).all(), () -> q.reactive().limit(-1).all())),
                    new Case("negative offset", "-5", () -> way.call(() -> q.offset(-5).all(), () -> q.reactive().offset(-5).all())),
                    new Case("fetch size 0", "0", () -> way.list(() -> q.iterate(0), () -> q.reactive().iterate(0))),
                    new Case("batch size 0", "0", () -> way.list(() -> q.iterateBatches(0), () -> q.reactive().iterateBatches(0))),
                    new Case("raw stream fetch size 0", "0", () -> way.list(
                            () -> db.stream("select 1", 0), () -> db.reactive().stream("select 1", 0))),
                    new Case("negative time limit", "PT-1S", () -> TransactionOptions.defaults().withTimeout(Duration.ofSeconds(-1))),
                    new Case("null condition", "null", () -> way.call(() -> q.where((Condition<Item>) null).all(),
                            () -> q.reactive().where((Condition<Item>) null).all())));
            List<String> wrong = new ArrayList<>();
            for (Case c : cases) {
                int statementsBefore = listener.statements.size();
                InvalidArgumentException e = assertThrows(InvalidArgumentException.class, c.call()::get, c.name());
                if (!e.getMessage().contains(c.expectedInMessage())) {
                    wrong.add(c.name() + ": the message does not give the value " + c.expectedInMessage() + ": " + e.getMessage());
                }
                if (listener.statements.size() != statementsBefore) {
                    wrong.add(c.name() + ": statements were sent: " + listener.statements.subList(statementsBefore,
                            listener.statements.size()));
                }
            }
            assertEquals(List.of(), wrong);
            assertTrue(listener.statements.size() > 0, "the listener hears statements (the schema was created)");
            Models.schema(db).drop();
        }
    }
}
