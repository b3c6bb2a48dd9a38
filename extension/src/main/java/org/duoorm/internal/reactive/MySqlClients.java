package org.duoorm.internal.reactive;

import io.vertx.core.net.ClientSSLOptions;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.mysqlclient.MySQLBuilder;
import io.vertx.mysqlclient.MySQLConnectOptions;
import io.vertx.mysqlclient.SslMode;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import org.duoorm.EngineOptions;
import org.duoorm.internal.url.ResolvedUrl;
import org.duoorm.internal.url.UrlParameters;

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
        UrlParameters params = UrlParameters.of(url, true);
        if (params.connectTimeoutMillis() >= 0) {
            net.setConnectTimeout((int) Math.min(Integer.MAX_VALUE, params.connectTimeoutMillis()));
        }
        UrlParameters.Tls tls = params.tls(options);
        if (tls != UrlParameters.Tls.DISABLE) {
            // MariaDB Connector/J's modes: disable, trust (encrypt only), verify-ca, verify-full
            o.setSslMode(switch (tls) {
                case DISABLE -> SslMode.DISABLED;
                case REQUIRE -> SslMode.REQUIRED;
                case VERIFY_CA -> SslMode.VERIFY_CA;
                case VERIFY_FULL -> SslMode.VERIFY_IDENTITY;
            });
            ClientSSLOptions ssl = new ClientSSLOptions();
            String ca = params.trustedCa();
            if (tls == UrlParameters.Tls.REQUIRE) {
                ssl.setTrustAll(true);
            } else if (ca != null) {
                ssl.setTrustOptions(ca.startsWith("-----BEGIN") ? new PemTrustOptions().addCertValue(io.vertx.core.buffer.Buffer.buffer(ca))
                        : new PemTrustOptions().addCertPath(ca));
            }
            ssl.setHostnameVerificationAlgorithm(tls == UrlParameters.Tls.VERIFY_FULL ? "HTTPS" : "");
            o.setSslOptions(ssl);
        }
        return MySQLBuilder.pool().with(pool).with(net).connectingTo(o).build();
    }
}
