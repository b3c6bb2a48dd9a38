package org.duoorm.internal.url;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.duoorm.Dialect;
import org.duoorm.UnknownDialectException;

/** Reads pasted {@code jdbc:} URLs and writes the JDBC URLs the blocking engine uses. */
final class JdbcUrls {
    private static final AtomicInteger SQLITE_MEMORY = new AtomicInteger();

    private JdbcUrls() {
    }

    static ResolvedUrl parse(String name, String url) {
        String rest = url.substring("jdbc:".length());
        int colon = rest.indexOf(':');
        String sub = colon > 0 ? rest.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        String tail = colon > 0 ? rest.substring(colon + 1) : "";
        switch (sub) {
            case "postgresql":
                return UrlResolver.parse(name, "postgresql:" + tail);
            case "mysql":
                return UrlResolver.parse(name, "mysql:" + tail);
            case "mariadb":
                return UrlResolver.parse(name, "mariadb:" + tail);
            case "h2":
                return h2(tail);
            case "sqlite":
                return sqlite(tail);
            default:
                throw new UnknownDialectException("Database '" + name + "': the JDBC URL '"
                        + org.duoorm.spi.UrlMasking.maskUrl(url) + "' is for '" + sub
                        + "', which DuoORM does not support. Supported: postgresql, mysql, mariadb, h2, sqlite.");
        }
    }

    private static ResolvedUrl h2(String tail) {
        String jdbc = "jdbc:h2:" + tail;
        String upper = tail.toUpperCase(Locale.ROOT);
        // A pool closes and reopens connections; without a close delay a named in-memory database would
        // vanish whenever the pool happens to hold no connection.
        if (upper.startsWith("MEM:") && !upper.contains("DB_CLOSE_DELAY")) {
            jdbc += ";DB_CLOSE_DELAY=-1";
        }
        String dbName = tail.contains(";") ? tail.substring(0, tail.indexOf(';')) : tail;
        return new ResolvedUrl(Dialect.H2, jdbc, "", 0, dbName, null, null, Map.of());
    }

    private static ResolvedUrl sqlite(String path) {
        String jdbc;
        if (path.equals(":memory:") || path.isEmpty()) {
            // Every pooled connection must see one database: a named, shared-cache in-memory database.
            jdbc = "jdbc:sqlite:file:duoorm_memory_" + SQLITE_MEMORY.incrementAndGet() + "?mode=memory&cache=shared";
        } else {
            jdbc = "jdbc:sqlite:" + path;
        }
        return new ResolvedUrl(Dialect.SQLITE, jdbc, "", 0, path, null, null, Map.of());
    }

    static String networkJdbcUrl(Dialect dialect, String host, int port, String database, Map<String, String> params) {
        String scheme = dialect == Dialect.POSTGRESQL ? "postgresql" : "mariadb";
        String h = host.contains(":") ? "[" + host + "]" : host;
        StringBuilder sb = new StringBuilder("jdbc:").append(scheme).append("://").append(h).append(':').append(port)
                .append('/').append(database);
        Map<String, String> p = new LinkedHashMap<>(params);
        char sep = '?';
        for (Map.Entry<String, String> e : p.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = '&';
        }
        return sb.toString();
    }
}
