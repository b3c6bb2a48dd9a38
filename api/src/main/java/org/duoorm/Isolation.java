package org.duoorm;

/** Transaction isolation levels; {@link #DEFAULT} keeps the database's own default. */
public enum Isolation {
    DEFAULT,
    READ_UNCOMMITTED,
    READ_COMMITTED,
    REPEATABLE_READ,
    SERIALIZABLE
}
