package org.duoorm;

/** The two execution modes of one model. */
public enum Mode {
    /** JDBC through an Agroal pool; the caller's thread waits. */
    BLOCKING,
    /** The Vert.x SQL client (or JDBC on a bounded worker pool for H2 and SQLite), as Mutiny types. */
    REACTIVE
}
