/**
 * Database URLs: driverless and JDBC forms taken apart per dialect.
 *
 * <p>Internal: not API, may change in any release.
 */
package org.duoorm.internal.url;
