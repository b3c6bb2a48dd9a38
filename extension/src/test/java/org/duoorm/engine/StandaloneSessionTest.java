package org.duoorm.engine;

import static org.duoorm.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.duoorm.ReactiveSession;
import org.duoorm.Session;
import org.duoorm.TransactionInactiveException;
import org.duoorm.testing.Leaks;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Unmanaged sessions: the caller commits or rolls back; closing returns the connection. */
class StandaloneSessionTest {
    private static final String ALL = "org.duoorm.testing.TestDatabases#all";

    @ParameterizedTest
    @MethodSource(ALL)
    void blockingSessionCommitsAndRollsBackOnRequest(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            try (Session s = f.db.syncStandaloneSession()) {
                s.execute("insert into " + f.table + " values (?, ?)", 1, "committed");
                s.commit();
                s.execute("insert into " + f.table + " values (?, ?)", 2, "rolled back");
                s.rollback();
                s.execute("insert into " + f.table + " values (?, ?)", 3, "never committed");
                assertEquals(2L, s.queryValue(Long.class, "select count(*) from " + f.table).orElseThrow());
            }
            assertEquals(1L, f.count());
            Session closed = f.db.syncStandaloneSession();
            closed.close();
            closed.close();
            assertFalse(closed.isActive());
            assertThrows(TransactionInactiveException.class, () -> closed.query("select 1"));
            Leaks.assertNoActiveConnections(f.db);
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void reactiveSessionCommitsAndRollsBackOnRequest(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            ReactiveSession s = await(f.db.standaloneSession());
            await(s.execute("insert into " + f.table + " values (?, ?)", 1, "committed"));
            await(s.commit());
            await(s.execute("insert into " + f.table + " values (?, ?)", 2, "rolled back"));
            await(s.rollback());
            await(s.execute("insert into " + f.table + " values (?, ?)", 3, "never committed"));
            assertEquals(2L, await(s.queryValue(Long.class, "select count(*) from " + f.table)).orElseThrow());
            await(s.close());
            await(s.close());
            assertFalse(s.isActive());
            assertThrows(TransactionInactiveException.class, () -> await(s.query("select 1")));
            assertEquals(1L, f.count());
            Leaks.assertNoActiveConnections(f.db);
        }
    }
}
