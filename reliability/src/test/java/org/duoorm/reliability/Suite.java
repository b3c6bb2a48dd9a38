package org.duoorm.reliability;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.duoorm.DatabaseConfig;
import org.duoorm.Dialect;
import org.duoorm.Mode;
import org.duoorm.testing.TestDatabases;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The databases under test and the names that keep this run's connections apart from everyone
 * else's on a shared server: every database is named {@code rel<run>-<scenario>} (so PostgreSQL shows
 * {@code application_name = 'duoorm-rel<run>-<scenario>'}), and MariaDB connections use a schema of
 * their own, {@code duoorm_rel_<run>}, so that faults are only ever injected into this run's connections.
 */
final class Suite {
    /** Identifies this run. */
    static final String RUN = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36);
    /** Prefix of every PostgreSQL application name of this run. */
    static final String APP_PREFIX = "duoorm-rel" + RUN + "-";
    /** MariaDB schema of this run. */
    static final String SCHEMA = "duoorm_rel_" + RUN;

    private static boolean schemaCreated;

    private Suite() {
    }

    static List<Target> targets() {
        List<Target> all = TestDatabases.targets();
        for (Target t : all) {
            if (t.dialect() != Dialect.H2) {
                checkLocal(t.url());
            }
        }
        return all;
    }

    static Stream<Target> all() {
        return targets().stream();
    }

    static Stream<Target> networked() {
        return targets().stream().filter(t -> t.dialect().hasNativeReactiveClient());
    }

    static Stream<Arguments> allModes() {
        return withModes(all());
    }

    static Stream<Arguments> networkedModes() {
        return withModes(networked());
    }

    /** PostgreSQL only, for what MariaDB does otherwise (its SERIALIZABLE takes locks instead of failing). */
    static Stream<Arguments> postgresModes() {
        return withModes(networked().filter(t -> t.dialect() == org.duoorm.Dialect.POSTGRESQL));
    }

    private static Stream<Arguments> withModes(Stream<Target> targets) {
        return targets.flatMap(t -> Stream.of(Arguments.of(t, Mode.BLOCKING), Arguments.of(t, Mode.REACTIVE)));
    }

    /** The database name for a scenario; short, because PostgreSQL keeps 63 bytes of an application name. */
    static String name(String scenario) {
        return "rel" + RUN + "-" + scenario;
    }

    /** A configuration for one scenario against one target. */
    static DatabaseConfig.Builder config(Target t, String scenario) {
        String n = name(scenario + "-" + t.dialect().id());
        if (t.dialect() == Dialect.MARIADB || t.dialect() == Dialect.MYSQL) {
            ensureSchema(t);
            return DatabaseConfig.url(url(t, null, -1, SCHEMA)).name(n);
        }
        return t.config().name(n);
    }

    /** The target's URL with another port and/or database (path). */
    static String url(Target t, String host, int port, String database) {
        URI u = URI.create(t.url());
        String userInfo = u.getRawUserInfo() == null ? "" : u.getRawUserInfo() + "@";
        String path = database == null ? u.getRawPath() : "/" + database;
        String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
        return u.getScheme() + "://" + userInfo + (host == null ? u.getHost() : host) + ":"
                + (port < 0 ? u.getPort() : port) + path + query;
    }

    static synchronized void ensureSchema(Target t) {
        if (!schemaCreated) {
            try (Admin a = Admin.of(t)) {
                a.execute("create database if not exists " + SCHEMA);
            }
            schemaCreated = true;
        }
    }

    static synchronized boolean schemaCreated() {
        return schemaCreated;
    }

    static void checkLocal(String url) {
        String host = URI.create(url).getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host.toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException("The reliability suite injects faults and load; it only runs against "
                    + "127.0.0.1, not " + host);
        }
    }

    /** Sleeps without a checked exception, for lambdas. */
    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
