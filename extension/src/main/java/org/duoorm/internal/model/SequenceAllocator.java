package org.duoorm.internal.model;

import java.util.ArrayDeque;
import java.util.OptionalLong;

/**
 * Hands out keys from a database sequence the way Hibernate's pooled-lo optimizer does: each value the sequence
 * returns is the lowest of {@code allocationSize} keys ({@code value, value + 1, ..., value + allocationSize - 1}),
 * since the sequence is created with {@code INCREMENT BY allocationSize}, so one round trip serves that many inserts.
 *
 * <p>It never fetches itself, so that blocking and reactive callers alike fetch without holding a lock: ask
 * {@link #next()}; when it is empty, fetch one value ({@link SqlDialect#nextValues}) and give it to
 * {@link #next(long)}, which returns the first key of that block and keeps the rest. Callers that fetch at the same
 * time each keep their own block (none is lost, none overlaps), so keys are unique however calls interleave; they are
 * increasing per block, not globally. Thread-safe.
 */
public final class SequenceAllocator {
    private final int allocationSize;
    /** Blocks with keys left, each {@code {next, end}} (end exclusive), oldest first. */
    private final ArrayDeque<long[]> blocks = new ArrayDeque<>();

    /** @param allocationSize how many keys one sequence value stands for, at least 1 */
    public SequenceAllocator(int allocationSize) {
        if (allocationSize < 1) {
            throw new IllegalArgumentException("allocationSize must be at least 1, not " + allocationSize);
        }
        this.allocationSize = allocationSize;
    }

    public int allocationSize() {
        return allocationSize;
    }

    /** @return the next key, or empty when a new sequence value must be fetched and given to {@link #next(long)} */
    public synchronized OptionalLong next() {
        long[] block = blocks.peekFirst();
        if (block == null) {
            return OptionalLong.empty();
        }
        long key = block[0]++;
        if (block[0] == block[1]) {
            blocks.pollFirst();
        }
        return OptionalLong.of(key);
    }

    /**
     * Takes a value just fetched from the sequence.
     *
     * @return the first key of its block ({@code fetched}); the others are kept for {@link #next()}
     * @throws ArithmeticException when the block would pass {@link Long#MAX_VALUE}
     */
    public synchronized long next(long fetched) {
        long end = Math.addExact(fetched, allocationSize);
        if (allocationSize > 1) {
            blocks.addLast(new long[] {fetched + 1, end});
        }
        return fetched;
    }

    @Override
    public synchronized String toString() {
        long left = 0;
        for (long[] b : blocks) {
            left += b[1] - b[0];
        }
        return "SequenceAllocator[allocationSize=" + allocationSize + ", keys left=" + left + "]";
    }
}
