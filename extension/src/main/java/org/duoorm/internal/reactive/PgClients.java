package org.duoorm.internal.reactive;

import io.vertx.core.net.ClientSSLOptions;
import io.vertx.core.net.NetClientOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import org.duoorm.EngineOptions;
import org.duoorm.internal.url.ResolvedUrl;

/**
 * The PostgreSQL reactive pool. Kept apart from the MySQL one so that each client is needed only
 * when its database is used: an application with only {@code vertx-pg-client} never loads MySQL classes.
 */
final class PgClients {
    private PgClients() {
    }

    static Pool pool(String database, ResolvedUrl url, EngineOptions options, PoolOptions pool, NetClientOptions net) {
        PgConnectOptions o = new PgConnectOptions()
                .setHost(url.host())
                .setPort(url.port())
                .setDatabase(url.database())
                .setPipeliningLimit(options.intValue(EngineOptions.PIPELINING_LIMIT))
                .setCachePreparedStatements(true);
        o.addProperty("application_name", "duoorm-" + database);
        if (url.user() != null) {
            o.setUser(url.user());
        }
        o.setPassword(url.password() == null ? "" : url.password());
        if (options.booleanValue(EngineOptions.SSL)) {
            boolean trustAll = options.booleanValue(EngineOptions.TRUST_ALL);
            o.setSslMode(trustAll ? SslMode.REQUIRE : SslMode.VERIFY_FULL);
            o.setSslOptions(new ClientSSLOptions().setTrustAll(trustAll));
        }
        return PgBuilder.pool().with(pool).with(net).connectingTo(o).build();
    }

    /** Asks the server to cancel what runs on this connection now (PostgreSQL's cancel request, on a side channel). */
    static io.vertx.core.Future<Void> cancel(io.vertx.sqlclient.SqlConnection connection) {
        return io.vertx.pgclient.PgConnection.cast(connection).cancelRequest();
    }
}
