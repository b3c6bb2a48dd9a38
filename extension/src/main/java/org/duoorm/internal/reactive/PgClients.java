package org.duoorm.internal.reactive;

import io.vertx.core.net.ClientSSLOptions;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import org.duoorm.EngineOptions;
import org.duoorm.internal.url.ResolvedUrl;
import org.duoorm.internal.url.UrlParameters;

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
        UrlParameters params = UrlParameters.of(url, true);
        String app = params.get("ApplicationName");
        o.addProperty("application_name", app != null ? app : "duoorm-" + database);
        if (params.get("currentSchema") != null) {
            o.addProperty("search_path", params.get("currentSchema"));
        }
        if (params.get("options") != null) {
            o.addProperty("options", params.get("options"));
        }
        if (params.connectTimeoutMillis() >= 0) {
            net.setConnectTimeout((int) Math.min(Integer.MAX_VALUE, params.connectTimeoutMillis()));
        }
        if (url.user() != null) {
            o.setUser(url.user());
        }
        o.setPassword(url.password() == null ? "" : url.password());
        UrlParameters.Tls tls = params.tls(options);
        String ca = params.trustedCa();
        if (tls == UrlParameters.Tls.REQUIRE && ca != null) {
            tls = UrlParameters.Tls.VERIFY_CA; // as libpq and pgjdbc: require with a root certificate verifies it
        }
        o.setSslMode(SslMode.valueOf(tls.name()));
        ClientSSLOptions ssl = new ClientSSLOptions();
        boolean verify = tls == UrlParameters.Tls.VERIFY_CA || tls == UrlParameters.Tls.VERIFY_FULL;
        if (!verify) {
            ssl.setTrustAll(true);
        } else if (ca != null) {
            ssl.setTrustOptions(new PemTrustOptions().addCertPath(ca));
        }
        ssl.setHostnameVerificationAlgorithm(tls == UrlParameters.Tls.VERIFY_FULL ? "HTTPS" : "");
        o.setSslOptions(ssl);
        return PgBuilder.pool().with(pool).with(net).connectingTo(o).build();
    }

    /** Asks the server to cancel what runs on this connection now (PostgreSQL's cancel request, on a side channel). */
    static io.vertx.core.Future<Void> cancel(io.vertx.sqlclient.SqlConnection connection) {
        return io.vertx.pgclient.PgConnection.cast(connection).cancelRequest();
    }
}
