package org.duoorm.internal.url;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.duoorm.Dialect;
import org.duoorm.InvalidUrlException;

/**
 * The query parameters of a PostgreSQL, MySQL or MariaDB URL: the one list of those DuoORM applies to both engines
 * (the JDBC driver reads them from the JDBC URL as they are; the reactive engine reads them here), each value
 * checked when the database is created. Any other parameter is refused then, naming it, since the reactive engine
 * would ignore it (a {@code sslmode} ignored there once sent a password in clear). With {@code deriveAsync(false)}
 * there is no reactive engine and the JDBC URL takes any parameter.
 */
public final class UrlParameters {
    /** PostgreSQL: as pgjdbc reads them. */
    private static final List<String> POSTGRES = List.of("sslmode", "ssl", "sslrootcert", "currentSchema", "options",
            "ApplicationName", "connectTimeout");
    /** MySQL and MariaDB: as MariaDB Connector/J reads them. */
    private static final List<String> MARIADB = List.of("sslMode", "serverSslCert", "connectTimeout", "useBulkStmts");
    /** allow and prefer are left out: the reactive client's fallback between TLS and plain leaked connections here. */
    private static final List<String> PG_SSL_MODES = List.of("disable", "require", "verify-ca", "verify-full");
    private static final List<String> MARIADB_SSL_MODES = List.of("disable", "trust", "verify-ca", "verify-full");

    /** How TLS is asked for, in pgjdbc's words (MariaDB's modes are mapped onto them). */
    public enum Tls { DISABLE, REQUIRE, VERIFY_CA, VERIFY_FULL }

    private final Map<String, String> params;
    private final Dialect dialect;

    private UrlParameters(Dialect dialect, Map<String, String> params) {
        this.dialect = dialect;
        this.params = params;
    }

    /**
     * @param url a resolved URL of any database
     * @param reactive whether a reactive engine will be derived from it
     * @return its parameters, checked
     * @throws InvalidUrlException for a parameter the reactive engine would not apply, or a bad value
     */
    public static UrlParameters of(ResolvedUrl url, boolean reactive) {
        UrlParameters p = new UrlParameters(url.dialect(), url.params());
        if (reactive && url.dialect() != Dialect.H2 && url.dialect() != Dialect.SQLITE) {
            p.check();
        }
        return p;
    }

    private List<String> known() {
        return dialect == Dialect.POSTGRESQL ? POSTGRES : MARIADB;
    }

    private void check() {
        for (String name : params.keySet()) {
            if (!known().contains(name)) {
                throw new InvalidUrlException("The URL parameter '" + name + "' is not one DuoORM applies to both engines, so "
                        + "the reactive engine would ignore it. Parameters for " + dialect + ": " + String.join(", ", known())
                        + ". Remove it, or create the database with deriveAsync(false) to give the JDBC driver any parameter.");
            }
        }
        String mode = dialect == Dialect.POSTGRESQL ? "sslmode" : "sslMode";
        List<String> modes = dialect == Dialect.POSTGRESQL ? PG_SSL_MODES : MARIADB_SSL_MODES;
        if (params.containsKey(mode) && !modes.contains(params.get(mode).toLowerCase(Locale.ROOT))) {
            throw new InvalidUrlException("The URL parameter " + mode + "=" + params.get(mode) + " is not a TLS mode DuoORM "
                    + "applies to both engines; use one of " + modes + (dialect == Dialect.POSTGRESQL ? " (allow and prefer, "
                    + "which fall back to a connection without TLS, are not offered: ask for TLS or not)" : ""));
        }
        if (params.containsKey("ssl") && !List.of("true", "false").contains(params.get("ssl"))) {
            throw new InvalidUrlException("The URL parameter ssl=" + params.get("ssl") + " must be true or false");
        }
        for (String file : List.of("sslrootcert", "serverSslCert")) {
            String f = params.get(file);
            if (f != null && !(file.equals("serverSslCert") && f.startsWith("-----BEGIN")) && !Files.isReadable(Path.of(f))) {
                throw new InvalidUrlException("The URL parameter " + file + " names " + f + ", which cannot be read");
            }
        }
        if (params.containsKey("connectTimeout")) {
            try {
                if (Long.parseLong(params.get("connectTimeout")) < 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw new InvalidUrlException("The URL parameter connectTimeout=" + params.get("connectTimeout")
                        + " must be a whole number of " + (dialect == Dialect.POSTGRESQL ? "seconds" : "milliseconds"));
            }
        }
    }

    /** @return the TLS mode the URL asks for, or null when it asks for none (the engine options decide) */
    public Tls tls() {
        if (dialect == Dialect.POSTGRESQL) {
            String m = params.get("sslmode");
            if (m != null) {
                return Tls.valueOf(m.toUpperCase(Locale.ROOT).replace('-', '_'));
            }
            return "true".equals(params.get("ssl")) ? Tls.VERIFY_FULL : null;
        }
        String m = params.get("sslMode");
        if (m == null) {
            return null;
        }
        return switch (m.toLowerCase(Locale.ROOT)) {
            case "disable" -> Tls.DISABLE;
            case "trust" -> Tls.REQUIRE;
            case "verify-ca" -> Tls.VERIFY_CA;
            default -> Tls.VERIFY_FULL;
        };
    }

    /**
     * The TLS mode both engines use: the URL's when it gives one, else the engine options' ({@code ssl}, with
     * {@code trustAll} for encryption only), else none.
     */
    public Tls tls(org.duoorm.EngineOptions options) {
        Tls t = tls();
        if (t != null) {
            return t;
        }
        if (!options.booleanValue(org.duoorm.EngineOptions.SSL)) {
            return Tls.DISABLE;
        }
        return options.booleanValue(org.duoorm.EngineOptions.TRUST_ALL) ? Tls.REQUIRE : Tls.VERIFY_FULL;
    }

    /** @return the CA certificate (a PEM file) to verify the server with, or null */
    public String trustedCa() {
        return params.get(dialect == Dialect.POSTGRESQL ? "sslrootcert" : "serverSslCert");
    }

    /** @return the connect timeout in milliseconds the URL gives, or -1 */
    public long connectTimeoutMillis() {
        String t = params.get("connectTimeout");
        if (t == null) {
            return -1;
        }
        return dialect == Dialect.POSTGRESQL ? Long.parseLong(t) * 1000 : Long.parseLong(t);
    }

    /** @return a parameter's value, or null */
    public String get(String name) {
        return params.get(name);
    }

    /** The parameters each dialect accepts, for documentation and messages. */
    public static String describe() {
        return "PostgreSQL: " + new TreeSet<>(POSTGRES) + "; MySQL/MariaDB: " + new TreeSet<>(MARIADB);
    }
}
