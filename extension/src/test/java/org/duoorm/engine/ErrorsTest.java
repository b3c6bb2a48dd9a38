package org.duoorm.engine;

import static org.duoorm.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.duoorm.BlockingCallOnEventLoopException;
import org.duoorm.ConstraintViolationException;
import org.duoorm.PoolTimeoutException;
import org.duoorm.SqlExecutionException;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Driver failures become specific, readable DuoORM errors in both modes. */
class ErrorsTest {
    private static final String ALL = "org.duoorm.testing.TestDatabases#all";

    @ParameterizedTest
    @MethodSource(ALL)
    void constraintViolationsKeepTheSqlState(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            f.insert(1, "Ada");
            ConstraintViolationException b = assertThrows(ConstraintViolationException.class, () -> f.insert(1, "dup"));
            ConstraintViolationException r = assertThrows(ConstraintViolationException.class,
                    () -> await(f.db.reactive().execute("insert into " + f.table + " values (?, ?)", 1, "dup")));
            for (ConstraintViolationException e : new ConstraintViolationException[] {b, r}) {
                assertTrue(e.sqlState().startsWith("23"), e.sqlState());
                assertTrue(e.getMessage().contains(f.table) && e.getMessage().contains("default"), e.getMessage());
                assertNotNull(e.getCause());
            }
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void badSqlIsASqlExecutionException(Target target) {
        try (DbFixture f = new DbFixture(target)) {
            SqlExecutionException b = assertThrows(SqlExecutionException.class, () -> f.db.query("select nope from " + f.table));
            SqlExecutionException r = assertThrows(SqlExecutionException.class,
                    () -> await(f.db.reactive().query("select nope from " + f.table)));
            assertNotNull(b.sqlState());
            assertEquals(b.sqlState(), r.sqlState());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void poolExhaustionTimesOutWithASpecificError(Target target) {
        try (DbFixture f = new DbFixture(target, target.config().name("tiny").engineOption("maxSize", 1)
                .engineOption("acquisitionTimeout", "300ms"))) {
            f.db.useTransaction(tx -> {
                PoolTimeoutException e = assertThrows(PoolTimeoutException.class,
                        () -> f.db.useTransaction(org.duoorm.TransactionOptions.of(org.duoorm.Propagation.REQUIRES_NEW),
                                inner -> inner.query("select 1")));
                assertTrue(e.getMessage().contains("tiny") && e.getMessage().contains("acquisitionTimeout"), e.getMessage());
            });
            PoolTimeoutException e = assertThrows(PoolTimeoutException.class, () -> await(f.db.reactive().transaction(s ->
                    f.db.reactive().transaction(org.duoorm.TransactionOptions.of(org.duoorm.Propagation.REQUIRES_NEW),
                            inner -> inner.query("select 1")))));
            assertTrue(e.getMessage().contains("tiny"), e.getMessage());
        }
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void blockingCallsAreRefusedOnAnEventLoop(Target target) throws Exception {
        Vertx vertx = Vertx.vertx();
        try (DbFixture f = new DbFixture(target)) {
            CompletableFuture<Throwable> seen = new CompletableFuture<>();
            vertx.runOnContext(v -> {
                try {
                    f.db.query("select 1");
                    seen.complete(null);
                } catch (Throwable t) {
                    seen.complete(t);
                }
            });
            Throwable t = seen.get(10, TimeUnit.SECONDS);
            assertTrue(t instanceof BlockingCallOnEventLoopException, String.valueOf(t));
            CompletableFuture<Integer> reactive = new CompletableFuture<>();
            vertx.runOnContext(v -> f.db.reactive().queryValue(Integer.class, "select 1").subscribe()
                    .with(o -> reactive.complete(o.orElseThrow()), reactive::completeExceptionally));
            assertEquals(1, reactive.get(10, TimeUnit.SECONDS));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
