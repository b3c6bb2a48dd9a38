package org.duoorm.internal.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReturnTypeAdaptersTest {
    private static Optional<Class<?>> adapter(Class<?> returnType) {
        return ReturnTypeAdapters.find(returnType).map(Object::getClass);
    }

    @Test
    void eachReturnTypeGetsItsAdapter() {
        assertEquals(Optional.of(UniAdapter.class), adapter(Uni.class));
        assertEquals(Optional.of(MultiAdapter.class), adapter(Multi.class));
        assertEquals(Optional.of(CompletionStageAdapter.class), adapter(CompletionStage.class));
        assertEquals(Optional.of(CompletionStageAdapter.class), adapter(CompletableFuture.class));
        for (Class<?> blocking : List.of(void.class, int.class, String.class, List.class, Optional.class, Object.class)) {
            assertEquals(Optional.of(BlockingAdapter.class), adapter(blocking), blocking.getName());
        }
    }

    @Test
    void lazyResultsAreRefused() {
        for (Class<?> lazy : List.of(Stream.class, IntStream.class, Future.class, Flow.Publisher.class)) {
            assertTrue(adapter(lazy).isEmpty(), lazy.getName());
        }
    }

    @Test
    void theRefusalListsTheSupportedTypes() throws NoSuchMethodException {
        String message = ReturnTypeAdapters.unsupported(Stream.class.getMethod("empty"));
        assertTrue(message.contains("java.util.stream.Stream") && message.contains("Uni") && message.contains("Multi")
                && message.contains("CompletionStage") && message.contains("blocking"), message);
    }
}
