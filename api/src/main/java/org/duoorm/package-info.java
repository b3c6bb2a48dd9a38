/**
 * DuoORM's public API: {@link org.duoorm.Database} and its configuration, sessions, units of work,
 * annotations and the exception hierarchy under {@link org.duoorm.DuoOrmException}.
 */
package org.duoorm;
