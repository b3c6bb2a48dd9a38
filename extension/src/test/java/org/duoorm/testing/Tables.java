package org.duoorm.testing;

import java.util.concurrent.ThreadLocalRandom;

/** Table names unique per run, so that modules testing in parallel on one server never collide. */
public final class Tables {
    private Tables() {
    }

    public static String unique(String prefix) {
        return prefix + "_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }
}
