package org.duoorm.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Creates and fills the benchmark tables with plain JDBC, outside any measurement. */
final class Schema {
    private Schema() {
    }

    /**
     * Makes {@code bench_item} hold rows 1..ROWS and creates {@code bench_insert}, {@code bench_new} and
     * {@code bench_upd} (a copy of {@code bench_item}) afresh, unlogged.
     */
    static synchronized void prepare() {
        Properties p = new Properties();
        p.setProperty("user", BenchConfig.user());
        p.setProperty("password", BenchConfig.password());
        // MariaDB has no unlogged tables: its inserts wait for the redo log as the server is configured.
        boolean maria = BenchConfig.mariadb();
        String unlogged = maria ? "" : "unlogged ";
        String serial = maria ? "bigint auto_increment" : "bigserial";
        String analyze = maria ? "analyze table " : "analyze ";
        try (Connection c = DriverManager.getConnection(BenchConfig.jdbcUrl(), p); Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_item (id bigint primary key, name varchar(64) not null, qty int not null)");
            // Unlogged: an insert then costs no WAL flush at commit, so the benchmark measures the client
            // path (DuoORM vs the plain driver) rather than the shared disk's fsync latency.
            s.execute("drop table if exists bench_insert");
            s.execute("create " + unlogged + "table bench_insert (id " + serial + " primary key, name varchar(64) not null, qty int not null)");
            if (count(s) != BenchConfig.ROWS) {
                fill(c, s);
            }
            // The model benchmarks: bench_new takes the inserts, bench_upd the bulk updates (a copy of bench_item,
            // so the reads never see its churn); both unlogged for the reason above.
            s.execute("drop table if exists bench_new");
            s.execute("create " + unlogged + "table bench_new (id " + serial + " primary key, name varchar(64) not null, qty int not null)");
            s.execute("drop table if exists bench_upd");
            s.execute("create " + unlogged + "table bench_upd (id bigint primary key, name varchar(64) not null, qty int not null)");
            s.execute("insert into bench_upd select id, name, qty from bench_item");
            s.execute(analyze + "bench_upd");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the benchmark tables at " + BenchConfig.jdbcUrl()
                    + " (set " + BenchConfig.URL_ENV + "): " + e.getMessage(), e);
        }
    }

    private static long count(Statement s) throws SQLException {
        try (var rs = s.executeQuery("select count(*) from bench_item")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void fill(Connection c, Statement s) throws SQLException {
        s.execute(BenchConfig.mariadb() ? "truncate table bench_item" : "truncate bench_item");
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("insert into bench_item (id, name, qty) values (?, ?, ?)")) {
            for (int i = 1; i <= BenchConfig.ROWS; i++) {
                ps.setLong(1, i);
                ps.setString(2, "item " + i);
                ps.setInt(3, i % 100);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
        s.execute((BenchConfig.mariadb() ? "analyze table " : "analyze ") + "bench_item");
    }
}
