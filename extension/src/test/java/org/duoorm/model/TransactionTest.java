package org.duoorm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import org.duoorm.Database;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/** Model calls join the unit of work open for their database: shared writes, commit and rollback together. */
@SuppressWarnings("try")
class TransactionTest {

    @Table(name = "m_tx_note")
    public static class Note extends Model<Note> {
        @Id
        @GeneratedValue
        public Long id;
        public String text;
    }

    static class Boom extends RuntimeException {
        Boom() {
            super("boom");
        }
    }

    @Everywhere
    void callsInAUnitOfWorkSeeEachOtherAndCommitTogether(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Note.class)) {
            long seen = way == Way.BLOCKING
                    ? db.transaction(tx -> {
                        TransactionTest_Note_.create(Map.of("text", "a"));
                        new Note().save();
                        return TransactionTest_Note_.count();
                    })
                    : db.transactionUni(tx -> TransactionTest_Note_.reactive().create(Map.of("text", "a"))
                            .chain(() -> new Note().reactive().save())
                            .chain(() -> TransactionTest_Note_.reactive().count()))
                    .await().atMost(ModelTesting.TIMEOUT);
            assertEquals(2L, seen);
            assertEquals(2L, TransactionTest_Note_.count());
        }
    }

    @Everywhere
    void failureRollsEverythingBack(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Note.class)) {
            Note kept = TransactionTest_Note_.create(Map.of("text", "kept"));
            assertThrows(Boom.class, () -> {
                if (way == Way.BLOCKING) {
                    db.transaction(tx -> {
                        TransactionTest_Note_.createBulk(List.of(Map.of("text", "b1"), Map.of("text", "b2")));
                        kept.update(Map.of("text", "changed"));
                        TransactionTest_Note_.where(TransactionTest_Note_.text.eq("b1")).deleteBulk();
                        throw new Boom();
                    });
                } else {
                    db.transactionUni(tx -> TransactionTest_Note_.reactive().createBulk(List.of(Map.of("text", "b1"), Map.of("text", "b2")))
                            .chain(() -> kept.reactive().update(Map.of("text", "changed")))
                            .chain(() -> TransactionTest_Note_.where(TransactionTest_Note_.text.eq("b1")).reactive().deleteBulk())
                            .chain(() -> Uni.createFrom().failure(new Boom()))).await().atMost(ModelTesting.TIMEOUT);
                }
            });
            List<Note> left = TransactionTest_Note_.all();
            assertEquals(1, left.size(), "rollback leaves no rows");
            assertEquals("kept", left.get(0).text);
        }
    }

    @Test
    void outsideAUnitOfWorkEachCallIsItsOwnStatement() {
        TestDatabases.Target h2 = TestDatabases.targets().get(0);
        try (Database db = ModelTesting.open(h2, Note.class)) {
            TransactionTest_Note_.create(Map.of("text", "one"));
            assertThrows(Boom.class, () -> {
                TransactionTest_Note_.create(Map.of("text", "two"));
                throw new Boom();
            });
            assertEquals(2L, TransactionTest_Note_.count(), "nothing to roll back outside a unit of work");
            assertTrue(db.currentSession().isEmpty());
        }
    }
}
