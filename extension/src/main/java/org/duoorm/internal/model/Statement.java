package org.duoorm.internal.model;

/** SQL with its bind values, ready for the raw SQL API. */
record Statement(String sql, Object[] params) {
}
