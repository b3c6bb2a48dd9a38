package org.duoorm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duoorm.spi.UrlMasking;

/**
 * The configuration of one {@link Database}: what the original's constructor takes (URL,
 * {@code derive_async}, {@code dialect}, {@code engine_kwargs}) plus a name. Immutable; made with
 * {@link #url(String)} or {@link #builder()}, or read from properties with
 * {@link #fromProperties(String, Map)}. {@link #toString()} never shows the password.
 */
public final class DatabaseConfig {
    /** The name of the database used when none is given. */
    public static final String DEFAULT_NAME = "default";

    private final String name;
    private final String url;
    private final String username;
    private final Password password;
    private final boolean deriveAsync;
    private final Dialect dialect;
    private final EngineOptions engineOptions;
    private final boolean connectOnStartup;
    private final List<DatabaseListener> listeners;

    private DatabaseConfig(Builder b) {
        this.name = b.name;
        this.url = b.url;
        this.username = b.username;
        this.password = b.password;
        this.deriveAsync = b.deriveAsync;
        this.dialect = b.dialect;
        this.engineOptions = b.engineOptions;
        this.connectOnStartup = b.connectOnStartup;
        this.listeners = List.copyOf(b.listeners);
    }

    /**
     * Starts a builder with a URL, the usual way in.
     *
     * @param url a driverless URL ({@code postgresql://user:pw@host:5432/db}, {@code h2:mem:app}, ...)
     *     or a {@code jdbc:} URL; not null
     * @return the builder
     */
    public static Builder url(String url) {
        return new Builder().url(url);
    }

    /** @return an empty builder; {@link Builder#url(String)} must be called before {@code build()} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a configuration from properties, for example MicroProfile Config values. Recognized keys
     * (relative to the caller's prefix): {@code url}, {@code username}, {@code password},
     * {@code derive-async}, {@code dialect}, {@code connect-on-startup}, and
     * {@code engine.<option>} for each {@link EngineOptions engine option}. Any other key is an error.
     *
     * @param name the database name, not null
     * @param properties the keys above, not null
     * @return the configuration
     * @throws ConfigurationException for an unknown key or a bad value
     */
    public static DatabaseConfig fromProperties(String name, Map<String, String> properties) {
        Builder b = builder().name(name);
        Map<String, Object> engine = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : properties.entrySet()) {
            String k = e.getKey();
            String v = e.getValue();
            if (k.startsWith("engine.")) {
                engine.put(k.substring("engine.".length()), v);
            } else {
                applyProperty(b, name, k, v);
            }
        }
        return b.engineOptions(engine).build();
    }

    private static void applyProperty(Builder b, String name, String key, String value) {
        switch (key) {
            case "url": b.url(value); break;
            case "username": b.username(value); break;
            case "password": b.password(value); break;
            case "derive-async": b.deriveAsync(parseBoolean(name, key, value)); break;
            case "dialect": b.dialect(value); break;
            case "connect-on-startup": b.connectOnStartup(parseBoolean(name, key, value)); break;
            default:
                throw new ConfigurationException("Unknown property '" + key + "' for database '" + name
                        + "'. Known: url, username, password, derive-async, dialect, connect-on-startup, engine.<option>.");
        }
    }

    private static boolean parseBoolean(String name, String key, String value) {
        String v = value.trim();
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new ConfigurationException("Property '" + key + "' of database '" + name
                + "' must be true or false, but was '" + value + "'.");
    }

    /** The database's name ({@value #DEFAULT_NAME} unless set); it appears in every error message. */
    public String name() {
        return name;
    }

    /** The URL as given. It may contain a password: use {@link #maskedUrl()} for display. */
    public String url() {
        return url;
    }

    /** The URL as given with any password replaced by {@code ***}. */
    public String maskedUrl() {
        return UrlMasking.maskUrl(url);
    }

    /** The user name set on the builder (a user in the URL is used when this is empty). */
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /** The password set on the builder (a password in the URL is used when this is empty). */
    public Optional<Password> password() {
        return Optional.ofNullable(password);
    }

    /** Whether a reactive engine is derived from the URL (default true). */
    public boolean deriveAsync() {
        return deriveAsync;
    }

    /** The expected dialect, if one was set; it must match the URL's. */
    public Optional<Dialect> dialect() {
        return Optional.ofNullable(dialect);
    }

    /** The engine options applied to both pools. */
    public EngineOptions engineOptions() {
        return engineOptions;
    }

    /** Whether a container should connect this database eagerly at startup (default false). */
    public boolean connectOnStartup() {
        return connectOnStartup;
    }

    /** The listeners, in the order they were added. */
    public List<DatabaseListener> listeners() {
        return listeners;
    }

    /** @return a builder holding this configuration, to derive a changed copy */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.url = url;
        b.username = username;
        b.password = password;
        b.deriveAsync = deriveAsync;
        b.dialect = dialect;
        b.engineOptions = engineOptions;
        b.connectOnStartup = connectOnStartup;
        b.listeners.addAll(listeners);
        return b;
    }

    @Override
    public String toString() {
        return "DatabaseConfig[name=" + name + ", url=" + maskedUrl()
                + (username != null ? ", username=" + username : "")
                + (password != null ? ", password=" + password : "")
                + ", deriveAsync=" + deriveAsync
                + (dialect != null ? ", dialect=" + dialect : "")
                + ", engineOptions=" + engineOptions.asMap() + "]";
    }

    /** Builds a {@link DatabaseConfig}; {@link #build()} checks everything it can without a network. */
    public static final class Builder {
        private String name = DEFAULT_NAME;
        private String url;
        private String username;
        private Password password;
        private boolean deriveAsync = true;
        private Dialect dialect;
        private String dialectName;
        private EngineOptions engineOptions = EngineOptions.empty();
        private boolean connectOnStartup;
        private final List<DatabaseListener> listeners = new ArrayList<>();

        private Builder() {
        }

        /** @param name the database name used in messages and by CDI qualifiers, not null or blank @return this */
        public Builder name(String name) {
            if (Checks.notNull(name, "name").isBlank()) {
                throw new ConfigurationException("A database name must not be blank.");
            }
            this.name = name;
            return this;
        }

        /** @param url the database URL, not null @return this */
        public Builder url(String url) {
            this.url = Checks.notNull(url, "url").trim();
            return this;
        }

        /** @param username overrides the URL's user; null clears it @return this */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /** @param password overrides the URL's password; null clears it @return this */
        public Builder password(String password) {
            this.password = password == null ? null : Password.of(password);
            return this;
        }

        /** @param deriveAsync whether to derive a reactive engine (default true) @return this */
        public Builder deriveAsync(boolean deriveAsync) {
            this.deriveAsync = deriveAsync;
            return this;
        }

        /** @param dialect the expected dialect name ({@code postgresql}, {@code mysql}, ...), null for none @return this */
        public Builder dialect(String dialect) {
            this.dialectName = dialect;
            this.dialect = null;
            return this;
        }

        /** @param dialect the expected dialect, null for none @return this */
        public Builder dialect(Dialect dialect) {
            this.dialect = dialect;
            this.dialectName = null;
            return this;
        }

        /** @param options the engine options, see {@link EngineOptions}; not null @return this */
        public Builder engineOptions(Map<String, ?> options) {
            this.engineOptions = EngineOptions.of(options);
            return this;
        }

        /** @param key an engine option @param value its value @return this */
        public Builder engineOption(String key, Object value) {
            Map<String, Object> m = new LinkedHashMap<>(engineOptions.asMap());
            m.put(Checks.notNull(key, "key"), value);
            this.engineOptions = EngineOptions.of(m);
            return this;
        }

        /** @param connect whether a container connects the database at startup @return this */
        public Builder connectOnStartup(boolean connect) {
            this.connectOnStartup = connect;
            return this;
        }

        /** @param listener a listener, not null @return this */
        public Builder listener(DatabaseListener listener) {
            listeners.add(Checks.notNull(listener, "listener"));
            return this;
        }

        /**
         * @return the configuration
         * @throws ConfigurationException when the URL is missing or the dialect name is unknown
         */
        public DatabaseConfig build() {
            if (url == null || url.isEmpty()) {
                throw new InvalidUrlException("Database '" + name + "' has no URL. Set one, for example "
                        + "DatabaseConfig.url(\"h2:mem:app\") or \"postgresql://user:pw@localhost:5432/db\".");
            }
            if (dialectName != null) {
                dialect = Dialect.byName(dialectName).orElseThrow(() -> new UnknownDialectException(
                        "Unknown dialect '" + dialectName + "' for database '" + name
                                + "'. Supported: postgresql, mysql, mariadb, h2, sqlite."));
            }
            return new DatabaseConfig(this);
        }
    }
}
