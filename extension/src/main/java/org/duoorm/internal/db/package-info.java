/**
 * The {@link org.duoorm.Database} implementation, which owns one blocking and one reactive engine, and the
 * provider that {@link org.duoorm.Database#create} finds.
 *
 * <p>Internal: not API, may change in any release.
 */
package org.duoorm.internal.db;
