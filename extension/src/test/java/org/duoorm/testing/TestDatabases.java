package org.duoorm.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.duoorm.DatabaseConfig;
import org.duoorm.Dialect;

/**
 * The databases every database test runs against: H2 always; PostgreSQL and MariaDB when their URLs
 * are given in the environment (or as system properties of the same name in lower case with dots):
 * {@code DUOORM_TEST_POSTGRES_URL}, {@code DUOORM_TEST_MARIADB_URL}. With {@code DUOORM_TEST_REQUIRE_ALL=true}
 * (set by CI) a missing URL is an error, so no database test is skipped silently.
 */
public final class TestDatabases {
    public static final String POSTGRES_ENV = "DUOORM_TEST_POSTGRES_URL";
    public static final String MARIADB_ENV = "DUOORM_TEST_MARIADB_URL";
    public static final String REQUIRE_ALL_ENV = "DUOORM_TEST_REQUIRE_ALL";

    private static final AtomicInteger H2_COUNTER = new AtomicInteger();

    private TestDatabases() {
    }

    /** One database under test. */
    public static final class Target {
        private final Dialect dialect;
        private final String url;

        Target(Dialect dialect, String url) {
            this.dialect = dialect;
            this.url = url;
        }

        public Dialect dialect() {
            return dialect;
        }

        public String url() {
            return url;
        }

        /** A fresh configuration builder; H2 targets get a new in-memory database each time. */
        public DatabaseConfig.Builder config() {
            if (dialect == Dialect.H2) {
                return DatabaseConfig.url("h2:mem:duo_test_" + H2_COUNTER.incrementAndGet());
            }
            return DatabaseConfig.url(url);
        }

        @Override
        public String toString() {
            return dialect.id();
        }
    }

    /** The databases to test against, H2 first. */
    public static List<Target> targets() {
        List<Target> t = new ArrayList<>();
        t.add(new Target(Dialect.H2, "h2:mem:"));
        setting(POSTGRES_ENV).ifPresentOrElse(u -> t.add(new Target(Dialect.POSTGRESQL, u)), () -> missing(POSTGRES_ENV));
        setting(MARIADB_ENV).ifPresentOrElse(u -> t.add(new Target(Dialect.MARIADB, u)), () -> missing(MARIADB_ENV));
        return t;
    }

    /** For {@code @MethodSource}. */
    public static Stream<Target> all() {
        return targets().stream();
    }

    /** Only the targets with a native reactive client (PostgreSQL, MariaDB), for tests of Vert.x specifics. */
    public static Stream<Target> networked() {
        return targets().stream().filter(t -> t.dialect().hasNativeReactiveClient());
    }

    private static void missing(String env) {
        if (setting(REQUIRE_ALL_ENV).map(Boolean::parseBoolean).orElse(false)) {
            throw new IllegalStateException(env + " is not set but " + REQUIRE_ALL_ENV
                    + "=true: database tests must not be skipped. Set it, e.g. "
                    + (env.equals(POSTGRES_ENV) ? "postgresql://postgres@127.0.0.1:5432/test"
                            : "mariadb://root@127.0.0.1:3306/test"));
        }
    }

    static java.util.Optional<String> setting(String env) {
        String v = System.getenv(env);
        if (v == null || v.isBlank()) {
            v = System.getProperty(env.toLowerCase(Locale.ROOT).replace('_', '.'));
        }
        return v == null || v.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(v.trim());
    }
}
