package org.duoorm.internal.url;

import java.util.Map;
import org.duoorm.Dialect;
import org.duoorm.spi.UrlMasking;

/**
 * A database URL taken apart: the JDBC URL for the blocking engine and the network coordinates for
 * the reactive client. The password is kept out of {@link #toString()}.
 */
public final class ResolvedUrl {
    private final Dialect dialect;
    private final String jdbcUrl;
    private final String host;
    private final int port;
    private final String database;
    private final String user;
    private final String password;
    private final Map<String, String> params;

    ResolvedUrl(Dialect dialect, String jdbcUrl, String host, int port, String database, String user,
            String password, Map<String, String> params) {
        this.dialect = dialect;
        this.jdbcUrl = jdbcUrl;
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password;
        this.params = Map.copyOf(params);
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The JDBC URL without user or password (those go to the pool as credentials). */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    /** May be null. */
    public String user() {
        return user;
    }

    /** May be null. Never log it. */
    public String password() {
        return password;
    }

    /** Driver parameters given in the URL's query string. */
    public Map<String, String> params() {
        return params;
    }

    ResolvedUrl withCredentials(String newUser, String newPassword) {
        return new ResolvedUrl(dialect, jdbcUrl, host, port, database, newUser, newPassword, params);
    }

    /** The reactive URL for display: a connection URI for networked dialects, the JDBC URL otherwise. */
    public String maskedReactiveUrl() {
        if (!dialect.hasNativeReactiveClient()) {
            return UrlMasking.mask(jdbcUrl);
        }
        String scheme = dialect == org.duoorm.Dialect.POSTGRESQL ? "postgresql" : "mysql";
        String auth = user == null ? "" : user + (password == null ? "" : ":***") + "@";
        return scheme + "://" + auth + host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return UrlMasking.mask(jdbcUrl);
    }
}
