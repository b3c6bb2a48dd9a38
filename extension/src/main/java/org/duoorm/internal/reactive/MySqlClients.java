package org.duoorm.internal.reactive;

import io.vertx.core.net.ClientSSLOptions;
import io.vertx.core.net.NetClientOptions;
import io.vertx.mysqlclient.MySQLBuilder;
import io.vertx.mysqlclient.MySQLConnectOptions;
import io.vertx.mysqlclient.SslMode;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import org.duoorm.EngineOptions;
import org.duoorm.internal.url.ResolvedUrl;

/** The MySQL and MariaDB reactive pool; see {@link PgClients} for why it stands alone. */
final class MySqlClients {
    private MySqlClients() {
    }

    static Pool pool(ResolvedUrl url, EngineOptions options, PoolOptions pool, NetClientOptions net) {
        MySQLConnectOptions o = new MySQLConnectOptions()
                .setHost(url.host())
                .setPort(url.port())
                .setDatabase(url.database())
                .setCachePreparedStatements(true);
        if (url.user() != null) {
            o.setUser(url.user());
        }
        o.setPassword(url.password() == null ? "" : url.password());
        if (options.booleanValue(EngineOptions.SSL)) {
            boolean trustAll = options.booleanValue(EngineOptions.TRUST_ALL);
            o.setSslMode(trustAll ? SslMode.REQUIRED : SslMode.VERIFY_IDENTITY);
            o.setSslOptions(new ClientSSLOptions().setTrustAll(trustAll));
        }
        return MySQLBuilder.pool().with(pool).with(net).connectingTo(o).build();
    }
}
