package org.duoorm.internal.jdbc;

import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Connections that an {@link Error} (out of memory, stack overflow) interrupted while the driver was using them, or
 * that the driver reported unusable (SQL state class 08, a non-transient connection failure). Such a connection's
 * state is unknown: the driver may be halfway through a message, H2 may still hold its
 * session lock. It is not rolled back or reset (either may hang or read another statement's answer); when it is
 * released, the pool closes it instead of lending it again. Every lent connection is released, so nothing stays here.
 */
public final class BrokenConnections {
    private static final Set<Connection> BROKEN = ConcurrentHashMap.newKeySet();

    private BrokenConnections() {
    }

    /** Marks {@code c} as interrupted by an Error; returns the Error, for {@code throw}. */
    public static Error mark(Connection c, Error e) {
        BROKEN.add(c);
        return e;
    }

    /** Marks {@code c} as reported unusable by its driver. */
    public static void markFailed(Connection c) {
        BROKEN.add(c);
    }

    /** Whether {@code c} was interrupted by an Error or reported unusable. */
    public static boolean isBroken(Connection c) {
        return BROKEN.contains(c);
    }

    /** Whether {@code c} was marked, forgetting it (called once, when it is released). */
    static boolean take(Connection c) {
        return BROKEN.remove(c);
    }
}
