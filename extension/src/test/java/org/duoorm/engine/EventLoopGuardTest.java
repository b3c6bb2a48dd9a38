package org.duoorm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.duoorm.BlockingCallOnEventLoopException;
import org.duoorm.Database;
import org.duoorm.Session;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every blocking entry point refuses a Vert.x event-loop thread before it blocks, {@code Session} methods and
 * {@code Database.close()} included, on every database (H2's reactive engine runs on workers, but the rule is the
 * same); the reactive {@code close()} is the form to use there.
 */
class EventLoopGuardTest {
    private static Map<String, Boolean> onEventLoop(Vertx vertx, Map<String, Runnable> calls) throws Exception {
        CompletableFuture<Map<String, Boolean>> done = new CompletableFuture<>();
        vertx.getOrCreateContext().runOnContext(v -> {
            Map<String, Boolean> refused = new java.util.LinkedHashMap<>();
            calls.forEach((name, call) -> {
                try {
                    call.run();
                    refused.put(name, false);
                } catch (BlockingCallOnEventLoopException e) {
                    refused.put(name, e.getMessage().contains("event-loop"));
                } catch (RuntimeException e) {
                    refused.put(name, false);
                }
            });
            done.complete(refused);
        });
        return done.get(30, TimeUnit.SECONDS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void blockingEntryPointsRefuseTheEventLoop(Target target) throws Exception {
        Vertx vertx = Vertx.vertx();
        Database db = Database.create(target.config().build());
        Session session = db.syncStandaloneSession();
        try {
            Map<String, Runnable> calls = new java.util.LinkedHashMap<>();
            calls.put("Database.query", () -> db.query("select 1"));
            calls.put("Database.transaction", () -> db.transaction(tx -> 1));
            calls.put("Session.query", () -> session.query("select 1"));
            calls.put("Session.execute", () -> session.execute("select 1"));
            calls.put("Session.commit", session::commit);
            calls.put("Session.rollback", session::rollback);
            calls.put("Session.close", session::close);
            calls.put("Database.disconnect", db::disconnect);
            calls.put("Database.close", db::close);
            Map<String, Boolean> refused = onEventLoop(vertx, calls);
            List<String> notRefused = new ArrayList<>();
            refused.forEach((k, v) -> {
                if (!v) {
                    notRefused.add(k);
                }
            });
            assertEquals(List.of(), notRefused, "blocking calls accepted on an event loop");
            assertFalse(db.isClosed(), "the refused close() did nothing");
            assertEquals(1, session.queryValue(Integer.class, "select 1").orElseThrow(), "the session still works off the loop");
            CompletableFuture<Void> closed = new CompletableFuture<>();
            vertx.getOrCreateContext().runOnContext(v -> db.reactive().close().subscribe().with(closed::complete,
                    closed::completeExceptionally));
            closed.get(30, TimeUnit.SECONDS);
            assertTrue(db.isClosed(), "closed by the reactive close() from the event loop");
        } finally {
            session.close();
            db.close();
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    /** A blocking call made inside reactive work fails alike on every database, H2 (worker threads) included. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void aBlockingCallInsideReactiveWorkFailsOnEveryDatabase(Target target) {
        try (Database db = Database.create(target.config().build())) {
            Throwable e = org.junit.jupiter.api.Assertions.assertThrows(Throwable.class, () -> db.reactive().transaction(s -> s.query("select 1")
                    .map(rows -> db.query("select 2"))).await().atMost(java.time.Duration.ofSeconds(30)));
            org.junit.jupiter.api.Assertions.assertInstanceOf(BlockingCallOnEventLoopException.class, e, () -> "was " + e);
            // and off those threads, the same blocking call works
            assertEquals(1, db.queryValue(Integer.class, "select 1").orElseThrow());
        }
    }
}
