package org.duoorm.internal.reactive;

import io.vertx.core.net.ClientSSLOptions;
import io.vertx.mysqlclient.MySQLConnectOptions;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.SqlConnectOptions;
import org.duoorm.EngineOptions;
import org.duoorm.internal.url.ResolvedUrl;

/** Connect options for the Vert.x clients, derived from the same URL as the JDBC pool. */
final class VertxOptions {
    private VertxOptions() {
    }

    static SqlConnectOptions postgres(String database, ResolvedUrl url, EngineOptions options) {
        PgConnectOptions o = new PgConnectOptions()
                .setHost(url.host())
                .setPort(url.port())
                .setDatabase(url.database())
                .setPipeliningLimit(options.intValue(EngineOptions.PIPELINING_LIMIT))
                .setCachePreparedStatements(true);
        credentials(o, url);
        if (options.booleanValue(EngineOptions.SSL)) {
            o.setSslMode(options.booleanValue(EngineOptions.TRUST_ALL) ? io.vertx.pgclient.SslMode.REQUIRE
                    : io.vertx.pgclient.SslMode.VERIFY_FULL);
            o.setSslOptions(new ClientSSLOptions().setTrustAll(options.booleanValue(EngineOptions.TRUST_ALL)));
        }
        return o;
    }

    static SqlConnectOptions mysql(String database, ResolvedUrl url, EngineOptions options) {
        MySQLConnectOptions o = new MySQLConnectOptions()
                .setHost(url.host())
                .setPort(url.port())
                .setDatabase(url.database())
                .setCachePreparedStatements(true);
        credentials(o, url);
        if (options.booleanValue(EngineOptions.SSL)) {
            o.setSslMode(options.booleanValue(EngineOptions.TRUST_ALL) ? io.vertx.mysqlclient.SslMode.REQUIRED
                    : io.vertx.mysqlclient.SslMode.VERIFY_IDENTITY);
            o.setSslOptions(new ClientSSLOptions().setTrustAll(options.booleanValue(EngineOptions.TRUST_ALL)));
        }
        return o;
    }

    private static void credentials(SqlConnectOptions o, ResolvedUrl url) {
        if (url.user() != null) {
            o.setUser(url.user());
        }
        o.setPassword(url.password() == null ? "" : url.password());
    }
}
