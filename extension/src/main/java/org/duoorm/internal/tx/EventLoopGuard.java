package org.duoorm.internal.tx;

import org.duoorm.BlockingCallOnEventLoopException;

/** The one check every blocking entry point makes: a Vert.x event-loop thread must never block. */
public final class EventLoopGuard {
    /** Set on the threads that run reactive work of H2 and SQLite (they use JDBC on workers, not an event loop). */
    private static final ThreadLocal<Boolean> REACTIVE_WORKER = new ThreadLocal<>();

    private EventLoopGuard() {
    }

    /** Wraps the work of a reactive worker thread, so that blocking calls made from it are refused as on an event loop. */
    public static Runnable reactiveWorker(Runnable work) {
        return () -> {
            REACTIVE_WORKER.set(Boolean.TRUE);
            work.run();
        };
    }

    /**
     * @param what the call, for the message
     * @throws BlockingCallOnEventLoopException on an event-loop thread
     */
    /** @return whether a blocking call would be refused on this thread (cheap: for the checks on every statement) */
    public static boolean refuses() {
        return REACTIVE_WORKER.get() != null || io.vertx.core.Context.isOnEventLoopThread();
    }

    public static void check(String what) {
        if (io.vertx.core.Context.isOnEventLoopThread()) {
            throw new BlockingCallOnEventLoopException("The blocking call " + what + " was made on a Vert.x event-loop thread ("
                    + Thread.currentThread().getName() + "), which must never block. Use the reactive API "
                    + "(database.reactive()) there, or move the call to a worker thread.");
        }
        if (REACTIVE_WORKER.get() != null) {
            throw new BlockingCallOnEventLoopException("The blocking call " + what + " was made inside reactive work ("
                    + Thread.currentThread().getName() + "). H2 and SQLite run reactive work on worker threads, but PostgreSQL "
                    + "and MariaDB run it on an event loop, where this call would fail: it is refused on every database alike. "
                    + "Use the reactive API there, or move the call to a thread of your own.");
        }
    }
}
