package org.duoorm.model.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.duoorm.Database;
import org.duoorm.model.Fetch;
import org.duoorm.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A reactive unit of work that loads relationships never blocks its event loop: it is subscribed on a
 * Vert.x event-loop thread, where any blocking call fails with BlockingCallOnEventLoopException.
 */
@SuppressWarnings("try")
class EventLoopRelationsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void loadingRelationshipsInAReactiveTransactionStaysOnTheEventLoop(TestDatabases.Target target) throws Exception {
        Vertx vertx = Vertx.vertx();
        try (Database db = Library.open(target)) {
            Library.fill();
            CompletableFuture<List<String>> result = new CompletableFuture<>();
            List<Boolean> onLoop = new java.util.concurrent.CopyOnWriteArrayList<>();
            vertx.getOrCreateContext().runOnContext(v -> {
                onLoop.add(Context.isOnEventLoopThread());
                db.transactionUni(tx -> Library_Author_.query().orderBy("name").related("books").related("profile", Fetch.JOINED)
                        .reactive().all()
                        .chain(authors -> Library_Book_.query().orderBy("title").related("author").reactive().all()
                                .map(books -> authors.stream().map(a -> a.name + a.books.size() + (a.profile != null)).toList()
                                        + books.get(0).author.name)))
                        .map(List::of)
                        .subscribe().with(result::complete, result::completeExceptionally);
            });
            assertEquals(List.of("[Ada2true, Bob1false, Cy0false]Ada"), result.get(30, TimeUnit.SECONDS));
            assertTrue(onLoop.get(0));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
