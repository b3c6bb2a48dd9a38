package org.duoorm.servers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.h2.tools.Server;

/**
 * Two in-memory H2 databases served over TCP by the test's JVM, so that the test sees what the
 * deployed WAR wrote and how many sessions it holds. The WAR gives H2 no user name, so neither does the test.
 */
final class H2Backend implements Backend {
    private final org.h2.tools.Server tcp;
    private final String base;

    H2Backend() throws Exception {
        int port = Processes.freePort();
        tcp = Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists").start();
        base = "tcp://127.0.0.1:" + port + "/mem:";
    }

    @Override
    public Map<String, String> environment() {
        return Map.of("DUOORM_WEBAPP_CATALOG_URL", "h2:" + base + "srv_catalog;DB_CLOSE_DELAY=-1",
                "DUOORM_WEBAPP_ORDERS_URL", "h2:" + base + "srv_orders;DB_CLOSE_DELAY=-1");
    }

    @Override
    public Map<String, String> dialects() {
        return Map.of("catalog", "H2", "orders", "H2");
    }

    @Override
    public Connection catalog() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:" + base + "srv_catalog;DB_CLOSE_DELAY=-1", "", "");
    }

    @Override
    public Connection orders() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:" + base + "srv_orders;DB_CLOSE_DELAY=-1", "", "");
    }

    @Override
    public int applicationConnections() throws SQLException {
        return others(catalog()) + others(orders());
    }

    private static int others(Connection connection) throws SQLException {
        try (connection; Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from information_schema.sessions where session_id <> session_id()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Override
    public void close() {
        tcp.stop();
    }
}
