package org.duoorm.engine;

import static org.duoorm.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.stream.IntStream;
import org.duoorm.BindParameterException;
import org.duoorm.Dialect;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * More bind parameters than a database's protocol carries: refused alike by both engines with a
 * {@link BindParameterException} (not a lost connection to retry), and the pool works afterwards. Up to the limit,
 * both engines return what the hand-counted answer says.
 */
class ProtocolLimitsTest {
    private static final int LIMIT = 65535;

    private static String in(String table, int n) {
        return "select count(*) from " + table + " where id in (" + String.join(",", Collections.nCopies(n, "?")) + ")";
    }

    private static Object[] ids(int n) {
        // ids 0..n-1: the table holds ids 0..9, so the count is min(n, 10)
        return IntStream.range(0, n).boxed().toArray();
    }

    @ParameterizedTest
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void tooManyParametersAreRefusedAlikeAndNothingBreaks(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            for (int i = 0; i < 10; i++) {
                f.insert(i, "row " + i);
            }
            assertEquals(10L, f.db.queryValue(Long.class, in(f.table, LIMIT), ids(LIMIT)).orElseThrow(), "blocking at the limit");
            assertEquals(10L, await(f.db.reactive().queryValue(Long.class, in(f.table, LIMIT), ids(LIMIT))).orElseThrow(),
                    "reactive at the limit");
            int over = LIMIT + 1;
            if (target.dialect() == Dialect.H2) {
                assertEquals(10L, f.db.queryValue(Long.class, in(f.table, over), ids(over)).orElseThrow(), "H2 has no such limit");
                assertEquals(10L, await(f.db.reactive().queryValue(Long.class, in(f.table, over), ids(over))).orElseThrow());
            } else {
                BindParameterException blocking = assertThrows(BindParameterException.class,
                        () -> f.db.queryValue(Long.class, in(f.table, over), ids(over)));
                BindParameterException reactive = assertThrows(BindParameterException.class,
                        () -> await(f.db.reactive().queryValue(Long.class, in(f.table, over), ids(over))));
                assertEquals(blocking.getMessage(), reactive.getMessage(), "one message for both engines");
                assertTrue(blocking.getMessage().contains(over + " bind parameters"), blocking.getMessage());
                assertTrue(blocking.getMessage().contains("nothing was sent"), blocking.getMessage());
                // a stream gives its connection back (the fixture checks for leaks when it closes)
                assertThrows(BindParameterException.class, () -> f.db.stream(in(f.table, over), 10, ids(over)).count());
                assertThrows(BindParameterException.class,
                        () -> await(f.db.reactive().stream(in(f.table, over), 10, ids(over)).collect().asList()));
                // inside a unit of work, the refusal is a failed statement like any other: the unit of work rolls back
                assertThrows(BindParameterException.class, () -> f.db.useTransaction(tx -> {
                    tx.execute("delete from " + f.table);
                    tx.queryValue(Long.class, in(f.table, over), ids(over));
                }));
            }
            assertEquals(10L, f.count(), "the pool still works; nothing was deleted");
            assertEquals(10L, await(f.db.reactive().queryValue(Long.class, "select count(*) from " + f.table)).orElseThrow());
        }
    }
}
