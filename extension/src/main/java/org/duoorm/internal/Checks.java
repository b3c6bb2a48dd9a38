package org.duoorm.internal;

/** The null check used inside the implementation, so every message reads the same. */
public final class Checks {
    private Checks() {
    }

    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new org.duoorm.InvalidArgumentException(name + " must not be null");
        }
        return value;
    }
}
