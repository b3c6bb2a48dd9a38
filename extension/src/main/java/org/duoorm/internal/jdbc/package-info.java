/**
 * JDBC shared by both modes: the Agroal pool, statement execution with its time limit and failure translation,
 * value binding and reading, and the record of connections an {@code Error} interrupted. The blocking engine runs
 * it on the caller's thread; the reactive engine for H2 and SQLite runs it on worker threads.
 *
 * <p>Internal: not API, may change in any release.
 */
package org.duoorm.internal.jdbc;
