package org.duoorm.internal.url;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.duoorm.Database;
import org.duoorm.DatabaseConfig;

/**
 * Passwords of every shape never show: generated passwords (every printable ASCII character, {@code %}, {@code @},
 * {@code /}, {@code :}, {@code ?}, spaces, non-ASCII), written raw or percent-encoded in the URL or given to the
 * builder, must appear in no {@code toString()}, masked URL, exception message (with its causes) or log record, from
 * building the configuration to a failed connection in both engines.
 */
class SecretsProperties {
    private static final String CHARS;

    static {
        StringBuilder b = new StringBuilder();
        for (char c = 0x20; c < 0x7f; c++) {
            b.append(c);
        }
        CHARS = b + "éü漢ß€";
    }

    @Provide
    Arbitrary<String> passwords() {
        // at least 4 characters, so that "the text contains the password" cannot happen by chance in a host or word
        return Arbitraries.strings().withChars(CHARS.toCharArray()).ofMinLength(4).ofMaxLength(24)
                .filter(p -> !p.isBlank());
    }

    /** Collects what DuoORM and its drivers log while a property runs. */
    private static final class Records extends Handler {
        final List<String> texts = new ArrayList<>();

        @Override
        public void publish(LogRecord r) {
            texts.add(String.valueOf(r.getMessage()) + " " + java.util.Arrays.toString(r.getParameters())
                    + (r.getThrown() == null ? "" : " " + describe(r.getThrown())));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static String describe(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable x = t; x != null; x = x.getCause()) {
            b.append(x).append(" | ");
            for (Throwable s : x.getSuppressed()) {
                b.append(describe(s));
            }
        }
        return b.toString();
    }

    private static List<String> urls(String password) {
        String encoded = URLEncoder.encode(password, StandardCharsets.UTF_8).replace("+", "%20");
        return List.of("postgresql://alice:" + password + "@127.0.0.1:1/shop", "postgresql://alice:" + encoded + "@127.0.0.1:1/shop",
                "mariadb://alice:" + encoded + "@127.0.0.1:1/shop?connectTimeout=500");
    }

    private static void assertHidden(String password, String where, String text) {
        assertFalse(text != null && text.contains(password), () -> where + " shows the password: " + text);
    }

    /** Everything up to creating the database, and a wrong dialect: cheap, so many tries. */
    @Property(tries = 1000, shrinking = ShrinkingMode.BOUNDED)
    void configurationsAndTheirErrors(@ForAll("passwords") String password) {
        for (String url : urls(password)) {
            DatabaseConfig c;
            try {
                c = DatabaseConfig.url(url).build();
            } catch (RuntimeException e) {
                assertHidden(password, "a builder error", describe(e));
                continue;
            }
            assertHidden(password, "DatabaseConfig.toString()", c.toString());
            assertHidden(password, "maskedUrl()", c.maskedUrl());
            try (Database db = Database.create(c)) {
                assertHidden(password, "Database.url()", db.url());
                assertHidden(password, "Database.reactiveUrl()", String.valueOf(db.reactiveUrl()));
                assertHidden(password, "Database.toString()", db.toString());
            } catch (RuntimeException e) {
                assertHidden(password, "a creation error", describe(e));
            }
            try {
                Database.create(DatabaseConfig.url(url).dialect(url.startsWith("postgresql") ? "mariadb" : "postgresql").build()).close();
            } catch (RuntimeException e) {
                assertHidden(password, "a dialect mismatch", describe(e));
            }
        }
        DatabaseConfig given = DatabaseConfig.url("postgresql://alice@127.0.0.1:1/shop").password(password).build();
        assertHidden(password, "toString() with password(...)", given.toString());
    }

    /** A failed connection in both engines (nothing listens on port 1), with the logs watched. */
    @Property(tries = 12, shrinking = ShrinkingMode.BOUNDED)
    void failedConnectionsInBothEngines(@ForAll("passwords") String password) {
        Records records = new Records();
        Logger root = Logger.getLogger("");
        Level level = root.getLevel();
        root.addHandler(records);
        root.setLevel(Level.ALL);
        try {
            for (String url : urls(password)) {
                Database db;
                try {
                    db = Database.create(DatabaseConfig.url(url).engineOption("connectTimeout", "1s").build());
                } catch (RuntimeException e) {
                    assertHidden(password, "a creation error", describe(e));
                    continue;
                }
                try (db) {
                    try {
                        db.query("select 1");
                    } catch (RuntimeException e) {
                        assertHidden(password, "a blocking connection failure", describe(e));
                    }
                    try {
                        db.reactive().query("select 1").await().atMost(java.time.Duration.ofSeconds(20));
                    } catch (RuntimeException e) {
                        assertHidden(password, "a reactive connection failure", describe(e));
                    }
                }
            }
            for (String t : records.texts) {
                assertHidden(password, "a log record", t);
            }
        } finally {
            root.removeHandler(records);
            root.setLevel(level);
        }
    }
}
