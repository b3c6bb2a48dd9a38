package org.duoorm.testing;

import org.duoorm.Dialect;

/** SQL that returns the server-side id of the current connection. */
public final class ConnectionIds {
    private ConnectionIds() {
    }

    public static String sql(Dialect d) {
        switch (d) {
            case POSTGRESQL: return "select pg_backend_pid()";
            case MYSQL:
            case MARIADB: return "select connection_id()";
            case H2: return "select session_id()";
            default: return "select 1";
        }
    }
}
