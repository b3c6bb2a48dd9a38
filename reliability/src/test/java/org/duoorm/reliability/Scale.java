package org.duoorm.reliability;

/**
 * The size of the suite: every count is its default times {@code -Dduoorm.reliability.scale} (1 in
 * {@code mvn verify}; 5 reaches the full counts, 10 is a long soak).
 */
final class Scale {
    static final int FACTOR = Math.max(1, Integer.getInteger("duoorm.reliability.scale", 1));

    private Scale() {
    }

    /** @param base the count at scale 1 @return the count for this run */
    static int of(int base) {
        return base * FACTOR;
    }

    /** A bound on wall time for a loop of {@code base} seconds at scale 1. */
    static long seconds(long base) {
        return base * FACTOR;
    }
}
