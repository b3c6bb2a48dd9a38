/**
 * DuoORM's implementation. Nothing here is API: it may change in any release, is left out of the
 * javadoc and of the API-compatibility check. Users compile against {@code org.duoorm} only.
 */
package org.duoorm.internal;
