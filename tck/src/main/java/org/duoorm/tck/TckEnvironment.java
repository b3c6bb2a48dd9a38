package org.duoorm.tck;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.duoorm.DatabaseConfig;

/**
 * What the environment running the TCK provides: the database under test (a fresh configuration
 * builder per call) and unique table names, since PostgreSQL and MariaDB databases may be shared
 * with other test runs.
 */
public final class TckEnvironment {
    private static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toLowerCase(Locale.ROOT);
    private static volatile Supplier<DatabaseConfig.Builder> target;

    private TckEnvironment() {
    }

    /** @param configs makes a configuration builder for the database under test, not null */
    public static void use(Supplier<DatabaseConfig.Builder> configs) {
        target = Objects.requireNonNull(configs, "configs");
    }

    /** @return a new configuration builder for the database under test */
    public static DatabaseConfig.Builder config() {
        Supplier<DatabaseConfig.Builder> t = target;
        if (t == null) {
            throw new IllegalStateException("No database under test: call TckEnvironment.use(...) before deploying.");
        }
        return t.get();
    }

    /** @param base a short name @return {@code tck_<base>_<run>}, unique to this run */
    public static String table(String base) {
        return "tck_" + base + "_" + RUN;
    }
}
