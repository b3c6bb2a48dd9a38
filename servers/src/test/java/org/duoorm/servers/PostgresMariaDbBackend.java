package org.duoorm.servers;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The catalog in MariaDB (used blocking, through JDBC) and the orders in PostgreSQL (used reactively,
 * through the Vert.x client). Each lives in its own database, {@code srv_duoorm}, created if needed,
 * so that counting the application's connections is not disturbed by other tests on the same servers.
 */
final class PostgresMariaDbBackend implements Backend {
    static final String DATABASE = "srv_duoorm";
    private final URI postgres;
    private final URI mariadb;

    PostgresMariaDbBackend(String postgresUrl, String mariadbUrl) throws SQLException {
        postgres = URI.create(given(postgresUrl) ? postgresUrl : "postgresql://postgres@127.0.0.1:5432/test");
        mariadb = URI.create(given(mariadbUrl) ? mariadbUrl : "mariadb://root@127.0.0.1:3306/test");
        try (Connection c = jdbc(postgres, path(postgres)); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from pg_database where datname = '" + DATABASE + "'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                s.execute("create database " + DATABASE);
            }
        }
        try (Connection c = jdbc(mariadb, path(mariadb)); Statement s = c.createStatement()) {
            s.execute("create database if not exists " + DATABASE);
        }
    }

    @Override
    public Map<String, String> environment() {
        return Map.of("DUOORM_WEBAPP_CATALOG_URL", withDatabase(mariadb), "DUOORM_WEBAPP_ORDERS_URL", withDatabase(postgres));
    }

    @Override
    public Map<String, String> dialects() {
        return Map.of("catalog", "MARIADB", "orders", "POSTGRESQL");
    }

    @Override
    public Connection catalog() throws SQLException {
        return jdbc(mariadb, DATABASE);
    }

    @Override
    public Connection orders() throws SQLException {
        return jdbc(postgres, DATABASE);
    }

    @Override
    public int applicationConnections() throws SQLException {
        return count(orders(), "select count(*) from pg_stat_activity where datname = '" + DATABASE
                + "' and application_name like 'duoorm-%'")
                + count(catalog(), "select count(*) from information_schema.processlist where db = '" + DATABASE
                + "' and id <> connection_id()");
    }

    @Override
    public void close() {
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (connection; Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** @return false for a blank value or a Maven expression left unresolved (the variable is not set) */
    private static boolean given(String url) {
        return !url.isBlank() && !url.startsWith("${");
    }

    private static String path(URI url) {
        return url.getPath().substring(1);
    }

    private static String withDatabase(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority() + "/" + DATABASE;
    }

    private static Connection jdbc(URI url, String database) throws SQLException {
        String scheme = url.getScheme().startsWith("postgres") ? "postgresql" : "mariadb";
        String[] user = (url.getUserInfo() == null ? "" : url.getUserInfo()).split(":", 2);
        return DriverManager.getConnection("jdbc:" + scheme + "://" + url.getHost() + ":" + url.getPort() + "/" + database,
                user[0], user.length > 1 ? user[1] : "");
    }
}
