/**
 * The state of a unit of work shared by both modes.
 *
 * <p>Internal: not API, may change in any release.
 */
package org.duoorm.internal.tx;
