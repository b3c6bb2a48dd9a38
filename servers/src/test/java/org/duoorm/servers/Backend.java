package org.duoorm.servers;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** The two databases the deployed sample uses, seen directly by the test. */
interface Backend extends AutoCloseable {

    /** @return what the server's environment must carry to point the WAR at these databases */
    Map<String, String> environment();

    /** @return the dialects the WAR must report for "catalog" and "orders", as in {@code /about} */
    Map<String, String> dialects();

    Connection catalog() throws SQLException;

    Connection orders() throws SQLException;

    /** @return how many connections the application holds in both databases, the test's own excluded */
    int applicationConnections() throws SQLException;

    @Override
    void close();

    /** Picks the backend from {@code -Dduoorm.servers.databases=h2|postgres-mariadb}. */
    static Backend fromSystemProperties() throws Exception {
        String kind = System.getProperty("duoorm.servers.databases", "h2");
        return switch (kind) {
            case "h2" -> new H2Backend();
            case "postgres-mariadb" -> new PostgresMariaDbBackend(
                    System.getProperty("duoorm.servers.postgres", ""), System.getProperty("duoorm.servers.mariadb", ""));
            default -> throw new IllegalArgumentException("duoorm.servers.databases: h2 or postgres-mariadb, not " + kind);
        };
    }
}
