package org.duoorm;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The engine options (the original's {@code engine_kwargs}): one documented set applied to both the
 * blocking pool and the reactive pool. Unknown keys and values of the wrong type are refused with
 * {@link UnknownEngineOptionException} when the configuration is built.
 *
 * <table>
 * <caption>Keys</caption>
 * <tr><th>key</th><th>type</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code maxSize}</td><td>int</td><td>10</td><td>connections per pool (blocking and reactive each)</td></tr>
 * <tr><td>{@code minSize}</td><td>int</td><td>0</td><td>connections kept open when idle (blocking pool)</td></tr>
 * <tr><td>{@code acquisitionTimeout}</td><td>duration</td><td>30s</td><td>longest wait for a pooled connection, then {@link PoolTimeoutException}</td></tr>
 * <tr><td>{@code connectTimeout}</td><td>duration</td><td>10s</td><td>longest wait to open a network connection</td></tr>
 * <tr><td>{@code idleTimeout}</td><td>duration</td><td>5m</td><td>an idle connection is closed after this; 0 keeps it</td></tr>
 * <tr><td>{@code maxLifetime}</td><td>duration</td><td>30m</td><td>a connection is replaced after this; 0 keeps it</td></tr>
 * <tr><td>{@code ssl}</td><td>boolean</td><td>false</td><td>require TLS to the server (PostgreSQL, MySQL, MariaDB)</td></tr>
 * <tr><td>{@code trustAll}</td><td>boolean</td><td>false</td><td>with {@code ssl}, accept any server certificate (tests only)</td></tr>
 * <tr><td>{@code workerThreads}</td><td>int</td><td>{@code maxSize}</td><td>threads that run JDBC for the reactive mode of H2 and SQLite</td></tr>
 * <tr><td>{@code eventLoops}</td><td>int</td><td>0</td><td>event loops the reactive pool spreads its connections over; 0, Vert.x's own default, creates each connection on the event loop of the caller (or, from a thread that is not one, on the next event loop of the pool's Vert.x), so results arrive there without a hop</td></tr>
 * <tr><td>{@code fetchSize}</td><td>int</td><td>256</td><td>rows fetched per round trip when streaming</td></tr>
 * <tr><td>{@code pipeliningLimit}</td><td>int</td><td>256</td><td>PostgreSQL reactive: statements in flight on one connection</td></tr>
 * <tr><td>{@code statementCacheSize}</td><td>int</td><td>2048</td><td>model statements whose SQL is kept once written (per database); 0 writes each afresh</td></tr>
 * </table>
 *
 * <p>Durations are a {@link Duration}, a number of milliseconds, or text such as {@code 500ms},
 * {@code 5s}, {@code 2m} or {@code PT5S}.
 */
public final class EngineOptions {
    /** Connections per pool. */
    public static final String MAX_SIZE = "maxSize";
    /** Idle connections kept open by the blocking pool. */
    public static final String MIN_SIZE = "minSize";
    /** Longest wait for a pooled connection. */
    public static final String ACQUISITION_TIMEOUT = "acquisitionTimeout";
    /** Longest wait to open a network connection. */
    public static final String CONNECT_TIMEOUT = "connectTimeout";
    /** Idle connections are closed after this. */
    public static final String IDLE_TIMEOUT = "idleTimeout";
    /** Connections are replaced after this. */
    public static final String MAX_LIFETIME = "maxLifetime";
    /** Require TLS. */
    public static final String SSL = "ssl";
    /** With TLS, trust any certificate. */
    public static final String TRUST_ALL = "trustAll";
    /** Worker threads for the reactive mode of H2 and SQLite. */
    public static final String WORKER_THREADS = "workerThreads";
    /** Event loops the reactive pool spreads its connections over; 0 (Vert.x's default): the caller's. */
    public static final String EVENT_LOOPS = "eventLoops";
    /** Rows per round trip when streaming. */
    public static final String FETCH_SIZE = "fetchSize";
    /** PostgreSQL reactive pipelining limit. */
    public static final String PIPELINING_LIMIT = "pipeliningLimit";

    /** Model statements whose SQL text is kept once written. */
    public static final String STATEMENT_CACHE_SIZE = "statementCacheSize";

    private enum Kind { INT, DURATION, BOOLEAN }

    private static final Map<String, Kind> KINDS = kinds();
    private static final Map<String, Object> DEFAULTS = defaults();
    private static final EngineOptions EMPTY = new EngineOptions(Map.of());

    private final Map<String, Object> values;

    private EngineOptions(Map<String, Object> values) {
        this.values = values;
    }

    private static Map<String, Kind> kinds() {
        Map<String, Kind> k = new TreeMap<>();
        k.put(MAX_SIZE, Kind.INT);
        k.put(MIN_SIZE, Kind.INT);
        k.put(ACQUISITION_TIMEOUT, Kind.DURATION);
        k.put(CONNECT_TIMEOUT, Kind.DURATION);
        k.put(IDLE_TIMEOUT, Kind.DURATION);
        k.put(MAX_LIFETIME, Kind.DURATION);
        k.put(SSL, Kind.BOOLEAN);
        k.put(TRUST_ALL, Kind.BOOLEAN);
        k.put(WORKER_THREADS, Kind.INT);
        k.put(EVENT_LOOPS, Kind.INT);
        k.put(FETCH_SIZE, Kind.INT);
        k.put(PIPELINING_LIMIT, Kind.INT);
        k.put(STATEMENT_CACHE_SIZE, Kind.INT);
        return Collections.unmodifiableMap(k);
    }

    private static Map<String, Object> defaults() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put(MAX_SIZE, 10);
        d.put(MIN_SIZE, 0);
        d.put(ACQUISITION_TIMEOUT, Duration.ofSeconds(30));
        d.put(CONNECT_TIMEOUT, Duration.ofSeconds(10));
        d.put(IDLE_TIMEOUT, Duration.ofMinutes(5));
        d.put(MAX_LIFETIME, Duration.ofMinutes(30));
        d.put(SSL, false);
        d.put(TRUST_ALL, false);
        d.put(EVENT_LOOPS, 0);
        d.put(FETCH_SIZE, 256);
        d.put(PIPELINING_LIMIT, 256);
        d.put(STATEMENT_CACHE_SIZE, 2048);
        return Collections.unmodifiableMap(d);
    }

    /** No options: every default applies. */
    public static EngineOptions empty() {
        return EMPTY;
    }

    /**
     * Checks and converts a map of options.
     *
     * @param raw keys from the table above; values of the documented type or their text form; not null
     * @return the options
     * @throws UnknownEngineOptionException for an unknown key or a value that does not fit
     */
    public static EngineOptions of(Map<String, ?> raw) {
        Map<String, Object> converted = new TreeMap<>();
        for (Map.Entry<String, ?> e : Checks.notNull(raw, "engine options").entrySet()) {
            Kind kind = KINDS.get(e.getKey());
            if (kind == null) {
                throw new UnknownEngineOptionException("Unknown engine option '" + e.getKey()
                        + "'. Known options: " + String.join(", ", KINDS.keySet()) + ".");
            }
            converted.put(e.getKey(), convert(e.getKey(), kind, e.getValue()));
        }
        check(converted);
        return new EngineOptions(Collections.unmodifiableMap(converted));
    }

    private static void check(Map<String, Object> v) {
        for (String k : new String[] {MAX_SIZE, WORKER_THREADS, FETCH_SIZE, PIPELINING_LIMIT}) {
            if (v.containsKey(k) && (Integer) v.get(k) < 1) {
                throw bad(k, v.get(k), "a whole number of at least 1");
            }
        }
        for (String k : new String[] {MIN_SIZE, STATEMENT_CACHE_SIZE, EVENT_LOOPS}) {
            if (v.containsKey(k) && (Integer) v.get(k) < 0) {
                throw bad(k, v.get(k), "a whole number of at least 0");
            }
        }
        int max = (Integer) v.getOrDefault(MAX_SIZE, DEFAULTS.get(MAX_SIZE));
        if ((Integer) v.getOrDefault(MIN_SIZE, 0) > max) {
            throw bad(MIN_SIZE, v.get(MIN_SIZE), "at most maxSize (" + max + ")");
        }
    }

    private static Object convert(String key, Kind kind, Object value) {
        if (value == null) {
            throw bad(key, null, "a value");
        }
        switch (kind) {
            case INT:
                return toInt(key, value);
            case BOOLEAN:
                return toBoolean(key, value);
            default:
                return toDuration(key, value);
        }
    }

    private static int toInt(String key, Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value instanceof Long && (Long) value == ((Long) value).intValue()) {
            return ((Long) value).intValue();
        }
        if (value instanceof String) {
            try {
                return Integer.parseInt(((String) value).trim());
            } catch (NumberFormatException e) {
                throw bad(key, value, "a whole number");
            }
        }
        throw bad(key, value, "a whole number");
    }

    private static boolean toBoolean(String key, Object value) {
        if (value instanceof Boolean) {
            return (Boolean) value;
        }
        String s = String.valueOf(value).trim().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("false")) {
            return Boolean.parseBoolean(s);
        }
        throw bad(key, value, "true or false");
    }

    private static Duration toDuration(String key, Object value) {
        if (value instanceof Duration) {
            return nonNegative(key, (Duration) value);
        }
        if (value instanceof Integer || value instanceof Long) {
            return nonNegative(key, Duration.ofMillis(((Number) value).longValue()));
        }
        if (value instanceof String) {
            return nonNegative(key, parseDuration(key, ((String) value).trim()));
        }
        throw bad(key, value, "a duration (Duration, milliseconds, or text like 500ms, 5s, 2m, PT5S)");
    }

    private static Duration parseDuration(String key, String s) {
        try {
            String l = s.toLowerCase(Locale.ROOT);
            if (l.startsWith("pt") || l.startsWith("p")) {
                return Duration.parse(s.toUpperCase(Locale.ROOT));
            }
            if (l.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(l.substring(0, l.length() - 2).trim()));
            }
            long n = Long.parseLong(l.substring(0, l.length() - 1).trim());
            switch (l.charAt(l.length() - 1)) {
                case 's': return Duration.ofSeconds(n);
                case 'm': return Duration.ofMinutes(n);
                case 'h': return Duration.ofHours(n);
                default: return Duration.ofMillis(Long.parseLong(l));
            }
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw bad(key, s, "a duration (milliseconds, or text like 500ms, 5s, 2m, PT5S)");
        }
    }

    private static Duration nonNegative(String key, Duration d) {
        if (d.isNegative()) {
            throw bad(key, d, "a duration of zero or more");
        }
        return d;
    }

    private static UnknownEngineOptionException bad(String key, Object value, String expected) {
        return new UnknownEngineOptionException("Engine option '" + key + "' must be " + expected
                + ", but was '" + value + "'.");
    }

    /** The option names with their documented defaults (workerThreads defaults to maxSize). */
    public static Map<String, Object> documentedDefaults() {
        return DEFAULTS;
    }

    /** The options given explicitly, converted. */
    public Map<String, Object> asMap() {
        return values;
    }

    /** @param key an int option @return its value or default */
    public int intValue(String key) {
        if (WORKER_THREADS.equals(key) && !values.containsKey(key)) {
            return intValue(MAX_SIZE);
        }
        return (Integer) valueOf(key);
    }

    /** @param key a duration option @return its value or default */
    public Duration durationValue(String key) {
        return (Duration) valueOf(key);
    }

    /** @param key a boolean option @return its value or default */
    public boolean booleanValue(String key) {
        return (Boolean) valueOf(key);
    }

    private Object valueOf(String key) {
        Object v = values.containsKey(key) ? values.get(key) : DEFAULTS.get(key);
        if (v == null) {
            throw new InvalidArgumentException("No engine option " + key);
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EngineOptions && ((EngineOptions) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "EngineOptions" + values;
    }
}
