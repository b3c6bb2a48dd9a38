package org.duoorm.reliability;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.duoorm.Dialect;
import org.duoorm.testing.TestDatabases.Target;

/**
 * A plain JDBC connection beside DuoORM, for what a test must do behind its back: find this run's
 * server-side connections, kill them, and count them. Never used for the work under test.
 */
final class Admin implements AutoCloseable {
    private final Dialect dialect;
    private final Connection connection;

    private Admin(Dialect dialect, Connection connection) {
        this.dialect = dialect;
        this.connection = connection;
    }

    static Admin of(Target t) {
        URI u = URI.create(t.url());
        String user = null;
        String password = null;
        if (u.getRawUserInfo() != null) {
            String[] parts = u.getRawUserInfo().split(":", 2);
            user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : null;
        }
        String scheme = t.dialect() == Dialect.POSTGRESQL ? "postgresql" : "mariadb";
        String jdbc = "jdbc:" + scheme + "://" + u.getHost() + ":" + u.getPort() + u.getRawPath();
        try {
            java.util.Properties p = new java.util.Properties();
            if (user != null) {
                p.setProperty("user", user);
            }
            if (password != null) {
                p.setProperty("password", password);
            }
            if (t.dialect() == Dialect.POSTGRESQL) {
                p.setProperty("ApplicationName", "rel-admin");
            }
            return new Admin(t.dialect(), DriverManager.getConnection(jdbc, p));
        } catch (SQLException e) {
            throw new IllegalStateException("admin connection to " + t + " failed", e);
        }
    }

    /** Server-side ids of the connections of one DuoORM database of this run, in any state. */
    List<Long> backends(String databaseName) {
        return dialect == Dialect.POSTGRESQL
                ? longs("select pid from pg_stat_activity where application_name = ?", "duoorm-" + databaseName)
                : longs("select id from information_schema.processlist where db = ? and id <> connection_id()", Suite.SCHEMA);
    }

    /** Connections of this whole run still open on the server. */
    long runConnections() {
        return dialect == Dialect.POSTGRESQL
                ? longs("select count(*) from pg_stat_activity where application_name like ?", Suite.APP_PREFIX + "%").get(0)
                : longs("select count(*) from information_schema.processlist where db = ? and id <> connection_id()",
                        Suite.SCHEMA).get(0);
    }

    /** Connections of any DuoORM database on the server (other engineers' too); for information only. */
    long allDuoConnections() {
        return dialect == Dialect.POSTGRESQL
                ? longs("select count(*) from pg_stat_activity where application_name like 'duoorm-%'").get(0)
                : longs("select count(*) from information_schema.processlist where id <> connection_id()").get(0);
    }

    /** PostgreSQL: connections of one database left idle inside a transaction. */
    long idleInTransaction(String databaseName) {
        if (dialect != Dialect.POSTGRESQL) {
            return 0;
        }
        return longs("select count(*) from pg_stat_activity where application_name = ? and state like 'idle in transaction%'",
                "duoorm-" + databaseName).get(0);
    }

    /** MariaDB: InnoDB transactions open on the given connections. */
    long openInnoDbTransactions(List<Long> connections) {
        String in = connections.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        return longs("select count(*) from information_schema.innodb_trx where trx_mysql_thread_id in (" + in + ")").get(0);
    }

    /**
     * Kills one server-side connection of this run.
     *
     * @return whether a connection was killed
     */
    boolean kill(long id) {
        try {
            if (dialect == Dialect.POSTGRESQL) {
                return Boolean.TRUE.equals(single("select pg_terminate_backend(?::int)", id));
            }
            try (Statement s = connection.createStatement()) {
                s.execute("KILL CONNECTION " + id);
                return true;
            }
        } catch (SQLException e) {
            // The connection ended by itself in between.
            return false;
        }
    }

    void execute(String sql) {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private Object single(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        }
    }

    private List<Long> longs(String sql, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Nothing to do for a test helper.
        }
    }
}
