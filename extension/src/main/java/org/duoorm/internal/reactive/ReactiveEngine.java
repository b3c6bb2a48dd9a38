package org.duoorm.internal.reactive;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.CompletionStage;

/** A reactive engine: the Vert.x SQL client, or JDBC on a bounded worker pool. */
public interface ReactiveEngine {
    /** Runs each statement on its own, in auto-commit mode. */
    RClient autoCommit();

    /**
     * Starts taking a connection from the pool now. The stage completes on the engine's thread; whoever
     * calls this must release the connection even when it no longer wants it.
     */
    CompletionStage<RConnection> acquire();

    /** Opens one connection and runs a trivial statement, to prove the database answers. */
    Uni<Void> ping();

    /** Connections currently lent out. */
    int activeCount();

    /** Closes the pool (and what the engine started: event loops, worker threads). */
    Uni<Void> close();
}
