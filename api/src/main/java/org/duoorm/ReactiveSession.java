package org.duoorm;

import io.smallrye.common.annotation.CheckReturnValue;
import io.smallrye.mutiny.Uni;

/** A reactive session: {@link Session} name for name, returning {@link Uni}. */
public interface ReactiveSession extends ReactiveSqlOperations {
    /** The database this session belongs to. */
    Database database();

    /** Whether this session is managed by a unit of work. */
    boolean isManaged();

    /** Whether this session can still run statements. */
    boolean isActive();

    /** @return completes when committed; fails on a managed session */
    @CheckReturnValue
    Uni<Void> commit();

    /** @return completes when rolled back; fails on a managed session */
    @CheckReturnValue
    Uni<Void> rollback();

    /** Rolls back what was not committed and returns the connection. Idempotent. @return completion */
    @CheckReturnValue
    Uni<Void> close();
}
