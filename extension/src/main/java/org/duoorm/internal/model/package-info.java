/**
 * Internal: model metadata, SQL rendering per dialect, row mapping and query execution behind
 * {@code org.duoorm.model}. Not an API; it may change in any release.
 */
package org.duoorm.internal.model;
