/**
 * Internal: the CDI portable extension ({@link org.duoorm.internal.cdi.DuoOrmExtension}) and the
 * {@code @DuoTransaction} interceptor. Not API: it may change in any release and is left out of the
 * javadoc and the compatibility check. This is the only package of the implementation that imports
 * {@code jakarta.enterprise} and {@code jakarta.interceptor}; nothing else needs CDI.
 */
package org.duoorm.internal.cdi;
