package org.duoorm.engine;

import static org.duoorm.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.duoorm.Propagation;
import org.duoorm.TransactionOptions;
import org.duoorm.testing.CountingListener;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Listeners hear the same program the same way on every engine: the statements of a unit of work (with a nested
 * scope) in the same order and text, blocking and reactive, on H2 (JDBC on workers), PostgreSQL and MariaDB (Vert.x),
 * with the engine's own BEGIN, SAVEPOINT and COMMIT reported as begin and commit events only, never as statements.
 */
class ListenerParityTest {
    private static final TransactionOptions NESTED = TransactionOptions.of(Propagation.NESTED);

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void theSameProgramIsHeardTheSameWayInBothModes(Target target) {
        CountingListener l = new CountingListener();
        try (DbFixture f = new DbFixture(target, target.config().listener(l))) {
            String insert = "insert into " + f.table + " (id, name) values (?, ?)";
            String count = "select count(*) from " + f.table;
            l.statements.clear();
            int begins = l.begins.get();
            int commits = l.commits.get();
            f.db.useTransaction(tx -> {
                tx.execute(insert, 1, "a");
                f.db.useTransaction(NESTED, inner -> inner.execute(insert, 2, "b"));
                tx.query(count);
            });
            List<String> blocking = List.copyOf(l.statements);
            assertEquals(List.of(insert, insert, count), blocking);
            assertEquals(1, l.begins.get() - begins);
            assertEquals(1, l.commits.get() - commits);
            l.statements.clear();
            await(f.db.reactive().useTransaction(s -> s.execute(insert, 3, "c")
                    .chain(() -> f.db.reactive().useTransaction(NESTED, inner -> inner.execute(insert, 4, "d")))
                    .chain(() -> s.query(count))));
            assertEquals(blocking, List.copyOf(l.statements), "the reactive engine reports what the blocking one does");
            assertEquals(2, l.begins.get() - begins);
            assertEquals(2, l.commits.get() - commits);
        }
    }
}
