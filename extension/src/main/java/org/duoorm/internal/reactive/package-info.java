/**
 * The reactive engines (Vert.x SQL client; JDBC on worker threads for H2 and SQLite) and reactive units of work kept in the Mutiny context.
 *
 * <p>Internal: not API, may change in any release.
 */
package org.duoorm.internal.reactive;
