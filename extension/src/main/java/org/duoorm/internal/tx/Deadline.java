package org.duoorm.internal.tx;

/** The time limit of a unit of work, as statements need it: when it passes, and the failure it ends the unit with. */
public interface Deadline {
    /** @return the {@link System#nanoTime()} at which the limit passes */
    long nanos();

    /** Ends the unit of work as timed out; @return the exception to throw */
    RuntimeException timedOut();

    /** @return whether the limit has passed */
    default boolean passed() {
        return System.nanoTime() - nanos() >= 0;
    }
}
