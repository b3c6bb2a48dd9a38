/**
 * Placeholder translation, result rows, value conversion and driver error wrapping, shared by both engines.
 *
 * <p>Internal: not API, may change in any release.
 */
package org.duoorm.internal.sql;
