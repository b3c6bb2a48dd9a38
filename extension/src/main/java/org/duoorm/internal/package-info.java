/**
 * DuoORM's implementation. Nothing here is API: it may change in any release, is left out of the
 * javadoc and of the API-compatibility check. Users compile against {@code org.duoorm} only.
 *
 * <p>This package itself holds what every other internal package may use (argument checks, listener dispatch) and
 * depends on none of them; {@code PackageCyclesTest} fails on any cycle between packages.
 */
package org.duoorm.internal;
