package org.duoorm.internal.tx;

/**
 * State kept beside a unit of work (the model layer's identity map) that must follow a nested scope's
 * savepoint: what it marks when the savepoint is set is what it returns to if the scope rolls back.
 */
public interface SavepointListener {
    /** @return whatever is needed to return to the state as it is now */
    Object mark();

    /** The scope rolled back to its savepoint: return to the marked state. */
    void rolledBackTo(Object mark);
}
