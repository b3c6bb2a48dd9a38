package org.duoorm.testing;

import io.smallrye.mutiny.Uni;
import java.time.Duration;

/** Waits for reactive results in tests, with a bound so that a hang fails instead of stalling the build. */
public final class Await {
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Await() {
    }

    public static <T> T await(Uni<T> uni) {
        return uni.await().atMost(TIMEOUT);
    }
}
