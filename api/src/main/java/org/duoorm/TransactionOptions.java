package org.duoorm;

import java.util.Objects;

/**
 * How a unit of work is opened: propagation, isolation and read-only. Immutable; start from
 * {@link #defaults()} or one of the shortcuts and derive with the {@code with...} methods.
 */
public final class TransactionOptions {
    private static final TransactionOptions DEFAULTS =
            new TransactionOptions(Propagation.REQUIRED, Isolation.DEFAULT, false);

    private final Propagation propagation;
    private final Isolation isolation;
    private final boolean readOnly;

    private TransactionOptions(Propagation propagation, Isolation isolation, boolean readOnly) {
        this.propagation = propagation;
        this.isolation = isolation;
        this.readOnly = readOnly;
    }

    /** REQUIRED, the database's default isolation, read-write. */
    public static TransactionOptions defaults() {
        return DEFAULTS;
    }

    /**
     * The defaults with another propagation.
     *
     * @param propagation not null
     * @return the options
     */
    public static TransactionOptions of(Propagation propagation) {
        return DEFAULTS.withPropagation(propagation);
    }

    /** @param propagation not null @return a copy with that propagation */
    public TransactionOptions withPropagation(Propagation propagation) {
        return new TransactionOptions(Checks.notNull(propagation, "propagation"), isolation, readOnly);
    }

    /** @param isolation not null @return a copy with that isolation */
    public TransactionOptions withIsolation(Isolation isolation) {
        return new TransactionOptions(propagation, Checks.notNull(isolation, "isolation"), readOnly);
    }

    /** @param readOnly whether writes are refused by the database @return a copy */
    public TransactionOptions withReadOnly(boolean readOnly) {
        return new TransactionOptions(propagation, isolation, readOnly);
    }

    /** The propagation. */
    public Propagation propagation() {
        return propagation;
    }

    /** The isolation level. */
    public Isolation isolation() {
        return isolation;
    }

    /** Whether the unit of work is read-only. */
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TransactionOptions)) {
            return false;
        }
        TransactionOptions t = (TransactionOptions) o;
        return t.propagation == propagation && t.isolation == isolation && t.readOnly == readOnly;
    }

    @Override
    public int hashCode() {
        return Objects.hash(propagation, isolation, readOnly);
    }

    @Override
    public String toString() {
        return "TransactionOptions[" + propagation + ", " + isolation + (readOnly ? ", read-only]" : "]");
    }
}
