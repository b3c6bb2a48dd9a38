package org.duoorm.benchmarks.hr;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.cfg.Configuration;
import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.reactive.provider.ReactiveServiceRegistryBuilder;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Hibernate Reactive 3.1, configured as its documentation shows: the URL, the credentials, a pool of 4 (the size
 * every benchmark pool has), everything else at its defaults. The database is the one of DUOORM_BENCH_URL, else
 * DUOORM_BENCH_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/test; mariadb:// URLs too), whose
 * bench_item table the main benchmarks create and fill.
 */
@State(Scope.Benchmark)
public class HrState {
    static final int ROWS = 10_000;
    static final int LIST_LIMIT = 100;
    Mutiny.SessionFactory sessions;
    private StandardServiceRegistry registry;

    @Setup(Level.Trial)
    public void open() {
        String url = System.getenv().getOrDefault("DUOORM_BENCH_URL",
                System.getenv().getOrDefault("DUOORM_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")).trim();
        boolean maria = url.toLowerCase(Locale.ROOT).startsWith("mariadb://");
        if (!maria && !url.toLowerCase(Locale.ROOT).startsWith("postgresql://")) {
            throw new IllegalArgumentException("DUOORM_BENCH_URL must be a postgresql:// or mariadb:// URL: " + url);
        }
        URI u = URI.create(url);
        String info = u.getRawUserInfo() == null ? (maria ? "root" : "postgres") : u.getRawUserInfo();
        int colon = info.indexOf(':');
        int port = u.getPort() >= 0 ? u.getPort() : maria ? 3306 : 5432;
        Configuration cfg = new Configuration().addAnnotatedClass(HItem.class)
                .setProperty("hibernate.connection.url",
                        "jdbc:" + (maria ? "mariadb" : "postgresql") + "://" + u.getHost() + ":" + port + u.getRawPath())
                .setProperty("hibernate.connection.username", decode(colon < 0 ? info : info.substring(0, colon)))
                .setProperty("hibernate.connection.password", colon < 0 ? "" : decode(info.substring(colon + 1)))
                .setProperty("hibernate.connection.pool_size", "4");
        registry = new ReactiveServiceRegistryBuilder().applySettings(cfg.getProperties()).build();
        sessions = cfg.buildSessionFactory(registry).unwrap(Mutiny.SessionFactory.class);
    }

    @TearDown(Level.Trial)
    public void close() {
        sessions.close();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** Per-thread random keys of existing rows, as the main benchmarks' Ids. */
    @State(Scope.Thread)
    public static class Ids {
        private final SplittableRandom random = new SplittableRandom(42 + Thread.currentThread().getId());

        long next() {
            return 1 + random.nextInt(ROWS);
        }
    }
}
