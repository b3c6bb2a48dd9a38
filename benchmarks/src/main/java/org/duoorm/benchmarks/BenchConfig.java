package org.duoorm.benchmarks;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where the benchmarks run and how big the pools are, the same for DuoORM and the plain drivers.
 * The URL comes from {@code DUOORM_BENCH_POSTGRES_URL} (or the system property
 * {@code duoorm.bench.postgres.url}), written as DuoORM takes it: {@code postgresql://user:pw@host:port/db}.
 */
final class BenchConfig {
    static final String URL_ENV = "DUOORM_BENCH_POSTGRES_URL";
    static final String DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/test";
    /** Connections in every pool: the blocking pools, the reactive pools. At least the largest thread count. */
    static final int POOL_SIZE = 4;
    /** Rows in the table the select benchmarks read; ids are 1..ROWS. */
    static final int ROWS = 10_000;

    static final String SELECT_SQL = "select id, name, qty from bench_item where id = ?";
    static final String SELECT_SQL_PG = "select id, name, qty from bench_item where id = $1";
    static final String INSERT_SQL = "insert into bench_insert (name, qty) values (?, ?)";
    static final String INSERT_SQL_PG = "insert into bench_insert (name, qty) values ($1, $2)";

    // The model benchmarks' hand-written side: the same work DuoORM does, written by hand.
    static final String ITEM_BY_ID = "select id, name, qty from bench_item where id = ?";
    static final String ITEM_BY_ID_PG = "select id, name, qty from bench_item where id = $1";
    /** Rows of the filtered list. */
    static final int LIST_LIMIT = 100;
    static final String ITEM_LIST = "select id, name, qty from bench_item where qty >= ? order by id limit " + LIST_LIMIT;
    static final String ITEM_LIST_PG = "select id, name, qty from bench_item where qty >= $1 order by id limit " + LIST_LIMIT;
    static final String NEW_INSERT = "insert into bench_new (name, qty) values (?, ?) returning id";
    static final String NEW_INSERT_PG = "insert into bench_new (name, qty) values ($1, $2) returning id";
    static final String NEW_INSERT_BATCH = "insert into bench_new (name, qty) values (?, ?)";
    static final String NEW_INSERT_BATCH_PG = "insert into bench_new (name, qty) values ($1, $2)";
    /** Rows of the bulk insert. */
    static final int BULK_ROWS = 1_000;
    /** Rows changed by one bulk update: ids lo..lo+UPDATE_ROWS-1. */
    static final int UPDATE_ROWS = 100;
    static final String UPD_UPDATE = "update bench_upd set qty = ? where id between ? and ?";
    static final String UPD_UPDATE_PG = "update bench_upd set qty = $1 where id between $2 and $3";
    /** Operations in flight at once in the concurrency benchmark. */
    static final int IN_FLIGHT = 64;

    private BenchConfig() {
    }

    /** The DuoORM (driverless) URL. */
    static String url() {
        String v = System.getenv(URL_ENV);
        if (v == null || v.isBlank()) {
            v = System.getProperty("duoorm.bench.postgres.url", DEFAULT_URL);
        }
        String u = v.trim();
        if (!u.toLowerCase(Locale.ROOT).startsWith("postgresql://") && !u.toLowerCase(Locale.ROOT).startsWith("postgres://")) {
            throw new IllegalArgumentException(URL_ENV + " must be a postgresql:// URL, for example " + DEFAULT_URL);
        }
        return u;
    }

    private static URI uri() {
        return URI.create(url());
    }

    /** The plain JDBC URL for the same database, without credentials. */
    static String jdbcUrl() {
        URI u = uri();
        int port = u.getPort() < 0 ? 5432 : u.getPort();
        return "jdbc:postgresql://" + u.getHost() + ":" + port + u.getRawPath();
    }

    /** The user in the URL (postgres when none). */
    static String user() {
        String info = uri().getRawUserInfo();
        if (info == null || info.isEmpty()) {
            return "postgres";
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
