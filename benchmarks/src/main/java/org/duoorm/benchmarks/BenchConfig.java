package org.duoorm.benchmarks;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where the benchmarks run and how big the pools are, the same for DuoORM and the plain drivers.
 * The URL comes from {@code DUOORM_BENCH_URL}, else {@code DUOORM_BENCH_POSTGRES_URL} (or the system property
 * {@code duoorm.bench.postgres.url}), written as DuoORM takes it: {@code postgresql://user:pw@host:port/db} or
 * {@code mariadb://user:pw@host:port/db}.
 */
final class BenchConfig {
    static final String URL_ENV = "DUOORM_BENCH_POSTGRES_URL";
    /** A PostgreSQL or MariaDB URL; wins over {@link #URL_ENV}. */
    static final String ANY_URL_ENV = "DUOORM_BENCH_URL";
    static final String DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/test";
    /** Connections in every pool: the blocking pools, the reactive pools. At least the largest thread count. */
    static final int POOL_SIZE = 4;
    /** Rows in the table the select benchmarks read; ids are 1..ROWS. */
    static final int ROWS = 10_000;

    static final String SELECT_SQL = "select id, name, qty from bench_item where id = ?";
    static final String SELECT_SQL_VX = vertx(SELECT_SQL);
    static final String INSERT_SQL = "insert into bench_insert (name, qty) values (?, ?)";
    static final String INSERT_SQL_VX = vertx(INSERT_SQL);

    // The model benchmarks' hand-written side: the same work DuoORM does, written by hand.
    static final String ITEM_BY_ID = "select id, name, qty from bench_item where id = ?";
    static final String ITEM_BY_ID_VX = vertx(ITEM_BY_ID);
    /** Rows of the filtered list. */
    static final int LIST_LIMIT = 100;
    static final String ITEM_LIST = "select id, name, qty from bench_item where qty >= ? order by id limit " + LIST_LIMIT;
    static final String ITEM_LIST_VX = vertx(ITEM_LIST);
    static final String NEW_INSERT = "insert into bench_new (name, qty) values (?, ?) returning id";
    static final String NEW_INSERT_VX = vertx(NEW_INSERT);
    static final String NEW_INSERT_BATCH = "insert into bench_new (name, qty) values (?, ?)";
    static final String NEW_INSERT_BATCH_VX = vertx(NEW_INSERT_BATCH);
    /** Rows of the bulk insert. */
    static final int BULK_ROWS = 1_000;
    /** Rows changed by one bulk update: ids lo..lo+UPDATE_ROWS-1. */
    static final int UPDATE_ROWS = 100;
    static final String UPD_UPDATE = "update bench_upd set qty = ? where id between ? and ?";
    static final String UPD_UPDATE_VX = vertx(UPD_UPDATE);
    /** Operations in flight at once in the concurrency benchmark. */
    static final int IN_FLIGHT = 64;

    private BenchConfig() {
    }

    /** Whether the benchmarks run on MariaDB (else PostgreSQL). */
    static boolean mariadb() {
        return url().toLowerCase(Locale.ROOT).startsWith("mariadb://");
    }

    /** The SQL for the plain Vert.x client: PostgreSQL's client takes $1, $2...; MySQL's takes ? as JDBC does. */
    private static String vertx(String jdbcSql) {
        if (mariadb()) {
            return jdbcSql;
        }
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (char ch : jdbcSql.toCharArray()) {
            out.append(ch == '?' ? "$" + ++n : String.valueOf(ch));
        }
        return out.toString();
    }

    /** The DuoORM (driverless) URL. */
    static String url() {
        String v = System.getenv(ANY_URL_ENV);
        if (v == null || v.isBlank()) {
            v = System.getenv(URL_ENV);
        }
        if (v == null || v.isBlank()) {
            v = System.getProperty("duoorm.bench.postgres.url", DEFAULT_URL);
        }
        String u = v.trim();
        String lower = u.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("postgresql://") && !lower.startsWith("postgres://") && !lower.startsWith("mariadb://")) {
            throw new IllegalArgumentException(ANY_URL_ENV + " must be a postgresql:// or mariadb:// URL, for example "
                    + DEFAULT_URL);
        }
        return u;
    }

    /** The JDBC driver of the baselines' Agroal pools. */
    static Class<? extends java.sql.Driver> driver() {
        return mariadb() ? org.mariadb.jdbc.Driver.class : org.postgresql.Driver.class;
    }

    private static URI uri() {
        return URI.create(url());
    }

    /** The plain JDBC URL for the same database, without credentials. */
    static String jdbcUrl() {
        URI u = uri();
        if (mariadb()) {
            return "jdbc:mariadb://" + u.getHost() + ":" + (u.getPort() < 0 ? 3306 : u.getPort()) + u.getRawPath();
        }
        int port = u.getPort() < 0 ? 5432 : u.getPort();
        return "jdbc:postgresql://" + u.getHost() + ":" + port + u.getRawPath();
    }

    /** The user in the URL (postgres when none). */
    static String user() {
        String info = uri().getRawUserInfo();
        if (info == null || info.isEmpty()) {
            return mariadb() ? "root" : "postgres";
        }
        int colon = info.indexOf(':');
        return decode(colon < 0 ? info : info.substring(0, colon));
    }

    /** The password in the URL (empty when none). */
    static String password() {
        String info = uri().getRawUserInfo();
        int colon = info == null ? -1 : info.indexOf(':');
        return colon < 0 ? "" : decode(info.substring(colon + 1));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
