package org.duoorm;

import java.util.Locale;
import java.util.Optional;

/**
 * The databases DuoORM speaks to. A dialect decides the JDBC driver, the reactive client and the SQL
 * flavour; it is normally derived from the URL and may be asserted with
 * {@link DatabaseConfig.Builder#dialect(String)}.
 */
public enum Dialect {
    POSTGRESQL("postgresql", true),
    MYSQL("mysql", true),
    MARIADB("mariadb", true),
    H2("h2", false),
    SQLITE("sqlite", false);

    private final String id;
    private final boolean nativeReactive;

    Dialect(String id, boolean nativeReactive) {
        this.id = id;
        this.nativeReactive = nativeReactive;
    }

    /** The name used in URLs and in {@code dialect(...)}, for example {@code "postgresql"}. */
    public String id() {
        return id;
    }

    /**
     * Whether the reactive mode uses a non-blocking Vert.x client. When false (H2, SQLite) the
     * reactive mode runs JDBC on a bounded worker pool.
     */
    public boolean hasNativeReactiveClient() {
        return nativeReactive;
    }

    /**
     * Finds a dialect by name, ignoring case; {@code postgres} is accepted for PostgreSQL.
     *
     * @param name the name, not null
     * @return the dialect, or empty when the name is unknown
     */
    public static Optional<Dialect> byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("postgres")) {
            return Optional.of(POSTGRESQL);
        }
        for (Dialect d : values()) {
            if (d.id.equals(n)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
