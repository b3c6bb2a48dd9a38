/**
 * Blocking units of work, kept per thread and database, and the blocking SQL API, on the JDBC of {@code internal.jdbc}.
 *
 * <p>Internal: not API, may change in any release.
 */
package org.duoorm.internal.blocking;
