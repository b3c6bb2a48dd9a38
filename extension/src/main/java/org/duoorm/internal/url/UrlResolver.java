package org.duoorm.internal.url;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.duoorm.DatabaseConfig;
import org.duoorm.Dialect;
import org.duoorm.DialectMismatchException;
import org.duoorm.DriverInUrlException;
import org.duoorm.InvalidUrlException;
import org.duoorm.UnknownDialectException;

/**
 * Turns the driverless URLs of the original ({@code postgresql://u:p@h:5432/db}, {@code h2:mem:x},
 * {@code sqlite:path}) and pasted {@code jdbc:} URLs into a {@link ResolvedUrl}.
 */
public final class UrlResolver {
    private static final String FORMS = "Accepted forms: postgresql://user:password@host:5432/db (or postgres://), "
            + "mysql://user:password@host:3306/db, mariadb://user:password@host:3306/db, h2:mem:name, "
            + "h2:file:./path, sqlite:path/to/file.db, or a jdbc: URL of one of these databases.";

    private UrlResolver() {
    }

    /**
     * @param config the configuration (its username/password override the URL's)
     * @return the resolved URL
     */
    public static ResolvedUrl resolve(DatabaseConfig config) {
        ResolvedUrl r = parse(config.name(), config.url());
        if (config.dialect().isPresent() && config.dialect().get() != r.dialect()) {
            throw new DialectMismatchException("Database '" + config.name() + "' expects dialect '"
                    + config.dialect().get() + "' but its URL " + config.maskedUrl() + " is for '" + r.dialect()
                    + "'. Fix the URL or the dialect setting.");
        }
        String user = config.username().orElse(r.user());
        String password = config.password().isPresent() ? config.password().get().reveal() : r.password();
        return r.withCredentials(user, password);
    }

    static ResolvedUrl parse(String name, String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:")) {
            return JdbcUrls.parse(name, url);
        }
        int colon = url.indexOf(':');
        if (colon <= 0) {
            throw new InvalidUrlException("Database '" + name + "': cannot read the URL '" + mask(url) + "'. " + FORMS);
        }
        String scheme = lower.substring(0, colon);
        String rest = url.substring(colon + 1);
        if (scheme.contains("+")) {
            String base = scheme.substring(0, scheme.indexOf('+'));
            throw new DriverInUrlException("Database '" + name + "': the URL names a driver ('" + scheme
                    + "'). DuoORM picks the JDBC driver and the reactive client itself: write '"
                    + mask(base + ":" + rest) + "' instead.");
        }
        switch (scheme) {
            case "postgresql":
            case "postgres":
                return network(name, Dialect.POSTGRESQL, url, rest, 5432);
            case "mysql":
                return network(name, Dialect.MYSQL, url, rest, 3306);
            case "mariadb":
                return network(name, Dialect.MARIADB, url, rest, 3306);
            case "h2":
                return h2(name, url, rest);
            case "sqlite":
                return sqlite(name, rest);
            default:
                throw new UnknownDialectException("Database '" + name + "': unknown database '" + scheme
                        + "' in URL '" + mask(url) + "'. " + FORMS);
        }
    }

    private static ResolvedUrl network(String name, Dialect dialect, String url, String rest, int defaultPort) {
        if (!rest.startsWith("//")) {
            throw invalid(name, url, "it must continue with '//host'");
        }
        String s = rest.substring(2);
        String user = null;
        String password = null;
        int at = org.duoorm.spi.UrlMasking.userInfoEnd(s);
        if (at >= 0) {
            String info = s.substring(0, at);
            s = s.substring(at + 1);
            int c = info.indexOf(':');
            user = decode(c >= 0 ? info.substring(0, c) : info);
            password = c >= 0 ? decodePassword(info.substring(c + 1)) : null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        int q = s.indexOf('?');
        if (q >= 0) {
            params = queryParams(name, url, s.substring(q + 1));
            s = s.substring(0, q);
        }
        int slash = s.indexOf('/');
        String hostPort = slash >= 0 ? s.substring(0, slash) : s;
        String database = slash >= 0 ? decode(s.substring(slash + 1)) : "";
        if (database.isEmpty()) {
            throw invalid(name, url, "it names no database (add '/dbname' after the host)");
        }
        HostPort hp = HostPort.parse(hostPort, defaultPort, msg -> invalid(name, url, msg));
        user = params.containsKey("user") ? params.remove("user") : user;
        password = params.containsKey("password") ? params.remove("password") : password;
        String jdbc = JdbcUrls.networkJdbcUrl(dialect, hp.host, hp.port, database, params);
        return new ResolvedUrl(dialect, jdbc, hp.host, hp.port, database, user, password, params);
    }

    private static ResolvedUrl h2(String name, String url, String rest) {
        String r = rest;
        if (!(r.startsWith("mem:") || r.startsWith("file:") || r.startsWith("tcp:"))) {
            throw invalid(name, url, "write h2:mem:name or h2:file:./path");
        }
        if (r.startsWith("mem:") && (r.length() == 4 || r.charAt(4) == ';')) {
            throw invalid(name, url, "an in-memory H2 database needs a name (h2:mem:app) so that every pooled "
                    + "connection sees the same database");
        }
        return JdbcUrls.parse(name, "jdbc:h2:" + r);
    }

    private static ResolvedUrl sqlite(String name, String rest) {
        String path = rest;
        if (path.startsWith("///")) {
            path = path.substring(3);
        } else if (path.startsWith("//")) {
            path = path.substring(2);
        }
        if (path.isEmpty()) {
            throw invalid(name, "sqlite:" + rest, "write sqlite:path/to/file.db or sqlite::memory:");
        }
        return JdbcUrls.parse(name, "jdbc:sqlite:" + path);
    }

    static Map<String, String> queryParams(String name, String url, String query) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw invalid(name, url, "the parameter '" + mask(pair) + "' has no value");
            }
            params.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
        return params;
    }

    /** A password as written: percent-encoded, or raw (a '%' not followed by two hex digits is itself). */
    static String decodePassword(String s) {
        try {
            return decode(s);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    static InvalidUrlException invalid(String name, String url, String why) {
        return new InvalidUrlException("Database '" + name + "': cannot use the URL '" + mask(url) + "': " + why + ". " + FORMS);
    }

    /**
     * Masks a URL, even one too malformed for {@link org.duoorm.spi.UrlMasking} (no {@code //}, as in
     * {@code user:secret@host/db}): whatever stands between the last ':' before the last '@' and that '@'.
     */
    static String mask(String s) {
        String m = org.duoorm.spi.UrlMasking.maskUrl(s);
        int at = m == null ? -1 : m.lastIndexOf('@');
        int colon = at < 0 ? -1 : m.lastIndexOf(':', at);
        if (colon < 0 || m.startsWith("***@", colon + 1) || m.substring(colon, at).indexOf('/') >= 0) {
            return m;
        }
        return m.substring(0, colon + 1) + "***" + m.substring(at);
    }
}
