package org.duoorm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.duoorm.Database;
import org.duoorm.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reactive model API never blocks an event loop: a whole chain subscribed on a Vert.x event-loop
 * thread completes (a blocking call there fails with BlockingCallOnEventLoopException).
 */
@SuppressWarnings("try")
class EventLoopTest {

    @Table(name = "m_loop_task")
    public static class Task extends Model<Task> {
        @Id
        @GeneratedValue
        public Long id;
        public String title;
        public int done;
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("org.duoorm.testing.TestDatabases#networked")
    void aReactiveChainRunsOnAnEventLoop(TestDatabases.Target target) throws Exception {
        Vertx vertx = Vertx.vertx();
        try (Database db = ModelTesting.open(target, Task.class)) {
            CompletableFuture<List<String>> result = new CompletableFuture<>();
            Context ctx = vertx.getOrCreateContext();
            ctx.runOnContext(v -> {
                assertTrue(Context.isOnEventLoopThread());
                Uni<List<String>> chain = EventLoopTest_Task_.reactive().createBulk(List.of(Map.of("title", "a"), Map.of("title", "b")))
                        .chain(() -> EventLoopTest_Task_.reactive().create(Map.of("title", "c")))
                        .chain(t -> t.reactive().update(Map.of("done", 1)))
                        .chain(t -> EventLoopTest_Task_.where(EventLoopTest_Task_.done.eq(0)).reactive().updateBulk(EventLoopTest_Task_.done.set(2)))
                        .chain(() -> EventLoopTest_Task_.query().orderBy("title").reactive().page(1, 10))
                        .chain(page -> EventLoopTest_Task_.query().reactive().iterate(1).collect().asList())
                        .map(tasks -> tasks.stream().map(t -> t.title + t.done).toList());
                chain.subscribe().with(result::complete, result::completeExceptionally);
            });
            assertEquals(List.of("a2", "b2", "c1"), result.get(30, TimeUnit.SECONDS));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
