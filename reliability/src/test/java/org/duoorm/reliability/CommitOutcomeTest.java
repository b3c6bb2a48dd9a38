package org.duoorm.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.time.Duration;
import org.duoorm.CommitOutcomeUnknownException;
import org.duoorm.ConnectionLostException;
import org.duoorm.Database;
import org.duoorm.Dialect;
import org.duoorm.DuoOrmException;
import org.duoorm.Mode;
import org.duoorm.testing.Leaks;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The connection of a unit of work is killed by an administrator after its work and before its COMMIT reaches the
 * server: the commit fails with {@link CommitOutcomeUnknownException}, never with the "did not commit; retry it" of
 * a {@link ConnectionLostException}, since from the client's side a break during COMMIT cannot tell committed from
 * not committed. The pool then serves new work.
 */
class CommitOutcomeTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static String ownId(Dialect d) {
        return d == Dialect.POSTGRESQL ? "select pg_backend_pid()" : "select connection_id()";
    }

    @ParameterizedTest(name = "{0} {1}", allowZeroInvocations = true)
    @MethodSource("org.duoorm.reliability.Suite#networkedModes")
    void aConnectionLostAtCommitIsAnUnknownOutcome(Target target, Mode mode) throws Exception {
        try (Database db = Database.create(Suite.config(target, "commit-lost-" + (mode == Mode.BLOCKING ? "b" : "r")).build());
                Admin admin = Admin.of(target)) {
            String table = "commit_lost_" + (mode == Mode.BLOCKING ? "b" : "r");
            db.execute("drop table if exists " + table);
            db.execute("create table " + table + " (id int primary key)");
            Throwable e;
            if (mode == Mode.BLOCKING) {
                e = assertThrows(DuoOrmException.class, () -> db.useTransaction(tx -> {
                    tx.execute("insert into " + table + " values (1)");
                    long id = ((Number) tx.query(ownId(target.dialect())).get(0).get(0)).longValue();
                    assertTrue(admin.kill(id), "killed");
                    Thread.sleep(500);
                }));
            } else {
                e = assertThrows(DuoOrmException.class, () -> db.reactive().useTransaction(s -> s.execute("insert into " + table
                        + " values (1)").chain(() -> s.query(ownId(target.dialect()))).chain(rows -> Uni.createFrom().item(() -> {
                            assertTrue(admin.kill(((Number) rows.get(0).get(0)).longValue()), "killed");
                            return null;
                        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).onItem().delayIt().by(Duration.ofMillis(500))))
                        .await().atMost(TIMEOUT));
            }
            assertInstanceOf(CommitOutcomeUnknownException.class, e, () -> "was " + e);
            assertFalse(e instanceof ConnectionLostException, "not the retryable kind");
            assertTrue(e.getMessage().contains("may or may not have committed") && !e.getMessage().contains("retry it"),
                    e.getMessage());
            assertEquals(0L, ((Number) db.query("select count(*) from " + table).get(0).get(0)).longValue(),
                    "here the server never saw the COMMIT (the test cannot tell otherwise either)");
            db.execute("drop table " + table);
            Leaks.assertNoActiveConnections(db);
        }
    }
}
