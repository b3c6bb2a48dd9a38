package org.duoorm;

import java.util.Arrays;

/**
 * A database password. It never shows itself: {@link #toString()} is a mask, so a configuration or
 * a URL holding one can be logged safely.
 */
public final class Password {
    private static final String MASK = "***";
    private final char[] value;

    private Password(char[] value) {
        this.value = value.clone();
    }

    /**
     * Wraps a password.
     *
     * @param value the password, not null (may be empty)
     * @return the wrapped password
     */
    public static Password of(String value) {
        return new Password(Checks.notNull(value, "password").toCharArray());
    }

    /** The clear text, for handing to a driver. Never log it. */
    public String reveal() {
        return new String(value);
    }

    /** Whether the password is the empty string. */
    public boolean isEmpty() {
        return value.length == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Password && Arrays.equals(((Password) o).value, value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return MASK;
    }
}
