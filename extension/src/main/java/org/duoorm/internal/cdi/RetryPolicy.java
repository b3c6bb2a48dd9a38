package org.duoorm.internal.cdi;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.duoorm.DuoTransaction;
import org.duoorm.SerializationFailureException;

/**
 * Runs a unit of work again when the database aborted it for serializability or a deadlock, with a
 * doubling back-off. Only such failures are retried: any other means the work itself is wrong.
 */
final class RetryPolicy {
    static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO);
    private static final int MAX_FACTOR = 100;

    private final int retries;
    private final Duration delay;

    private RetryPolicy(int retries, Duration delay) {
        this.retries = retries;
        this.delay = delay;
    }

    /**
     * @throws IllegalArgumentException for a negative count or delay
     */
    static RetryPolicy of(DuoTransaction binding) {
        if (binding.retries() < 0) {
            throw new org.duoorm.InvalidArgumentException("retries must be 0 or more, but was " + binding.retries());
        }
        if (binding.retryDelay() < 0) {
            throw new org.duoorm.InvalidArgumentException("retryDelay must be 0 or more, but was " + binding.retryDelay());
        }
        if (binding.retries() == 0) {
            return NONE;
        }
        return new RetryPolicy(binding.retries(), Duration.of(binding.retryDelay(), binding.retryDelayUnit()));
    }

    boolean enabled() {
        return retries > 0;
    }

    <T> T run(Callable<T> unitOfWork) throws Exception {
        for (int attempt = 0;; attempt++) {
            try {
                return unitOfWork.call();
            } catch (SerializationFailureException e) {
                if (attempt >= retries) {
                    throw e;
                }
                Thread.sleep(backoff(attempt).toMillis());
            }
        }
    }

    <T> Uni<T> apply(Uni<T> unitOfWork) {
        if (!enabled()) {
            return unitOfWork;
        }
        Duration first = delay.isZero() ? Duration.ofMillis(1) : delay;
        return unitOfWork.onFailure(SerializationFailureException.class).retry()
                .withBackOff(first, first.multipliedBy(MAX_FACTOR)).atMost(retries);
    }

    private Duration backoff(int attempt) {
        long factor = Math.min(MAX_FACTOR, 1L << Math.min(attempt, 20));
        return delay.multipliedBy(factor);
    }

    @Override
    public String toString() {
        return enabled() ? "retry " + retries + "x from " + delay : "no retry";
    }
}
