/**
 * The blocking engine: JDBC on an Agroal pool, and blocking units of work kept per thread and database.
 *
 * <p>Internal: not API, may change in any release.
 */
package org.duoorm.internal.blocking;
