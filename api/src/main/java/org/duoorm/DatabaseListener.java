package org.duoorm;

/**
 * Observes a database's connections, statements and units of work. Every method has an empty default,
 * so a listener overrides only what it needs. Listeners run on the thread that does the work (an
 * event loop in reactive mode): they must be quick and must not block.
 */
public interface DatabaseListener {
    /** @param database the database name @param mode the mode @param sql the SQL as sent, without values */
    default void onStatement(String database, Mode mode, String sql) {
    }

    /** A connection was taken from a pool. @param database the name @param mode the mode */
    default void onConnectionAcquired(String database, Mode mode) {
    }

    /** A connection went back to its pool. @param database the name @param mode the mode */
    default void onConnectionReleased(String database, Mode mode) {
    }

    /** A unit of work began. @param database the name @param mode the mode */
    default void onBegin(String database, Mode mode) {
    }

    /** A unit of work committed. @param database the name @param mode the mode */
    default void onCommit(String database, Mode mode) {
    }

    /** A unit of work rolled back. @param database the name @param mode the mode */
    default void onRollback(String database, Mode mode) {
    }
}
