package org.duoorm.model.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.duoorm.internal.model.SequenceAllocator;
import org.junit.jupiter.api.Test;

/** The pooled allocation of sequence keys: one fetched value stands for allocationSize keys, under any concurrency. */
class MappingAnnotationsAllocatorTest {

    /** A sequence as the database runs it: START WITH start INCREMENT BY size. */
    private static final class FakeSequence {
        private final AtomicLong next;
        private final int size;
        final AtomicInteger fetches = new AtomicInteger();

        FakeSequence(long start, int size) {
            this.next = new AtomicLong(start);
            this.size = size;
        }

        long fetch() {
            fetches.incrementAndGet();
            return next.getAndAdd(size);
        }
    }

    private static long key(SequenceAllocator allocator, FakeSequence sequence) {
        OptionalLong key = allocator.next();
        return key.isPresent() ? key.getAsLong() : allocator.next(sequence.fetch());
    }

    @Test
    void oneValueStandsForAllocationSizeKeys() {
        SequenceAllocator allocator = new SequenceAllocator(3);
        assertTrue(allocator.next().isEmpty(), "nothing fetched yet");
        assertEquals(100L, allocator.next(100));
        assertEquals(OptionalLong.of(101), allocator.next());
        assertEquals(OptionalLong.of(102), allocator.next());
        assertTrue(allocator.next().isEmpty(), "the block is used up: fetch again");
        assertEquals(103L, allocator.next(103));
    }

    @Test
    void aSizeOfOneFetchesForEveryKey() {
        SequenceAllocator allocator = new SequenceAllocator(1);
        assertEquals(7L, allocator.next(7));
        assertTrue(allocator.next().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new SequenceAllocator(0));
    }

    @Test
    void blocksFetchedAtTheSameTimeAreBothKept() {
        SequenceAllocator allocator = new SequenceAllocator(2);
        assertEquals(1L, allocator.next(1));
        assertEquals(3L, allocator.next(3), "a second caller found it empty too");
        List<Long> rest = List.of(allocator.next().getAsLong(), allocator.next().getAsLong());
        assertEquals(List.of(2L, 4L), rest, "no key of either block is lost");
        assertTrue(allocator.next().isEmpty());
    }

    @Test
    void keysAreUniqueUnderConcurrencyWithOneFetchPerBlock() throws Exception {
        int threads = 8;
        int perThread = 5_000;
        int size = 50;
        FakeSequence sequence = new FakeSequence(1, size);
        SequenceAllocator allocator = new SequenceAllocator(size);
        Set<Long> keys = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        assertTrue(keys.add(key(allocator, sequence)), "a key handed out twice");
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        int total = threads * perThread;
        assertEquals(total, keys.size());
        assertTrue(sequence.fetches.get() <= total / size + threads, "about one fetch per block: " + sequence.fetches);
        Set<Long> expected = new HashSet<>();
        for (long k = 1; k < 1 + (long) sequence.fetches.get() * size; k++) {
            expected.add(k);
        }
        assertTrue(expected.containsAll(keys), "only keys of fetched blocks");
        assertEquals(expected.size() - total, leftOver(allocator), "the rest is still there to hand out");
    }

    private static int leftOver(SequenceAllocator allocator) {
        int n = 0;
        while (allocator.next().isPresent()) {
            n++;
        }
        return n;
    }
}
