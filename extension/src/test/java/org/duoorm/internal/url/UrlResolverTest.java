package org.duoorm.internal.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.duoorm.DatabaseConfig;
import org.duoorm.Dialect;
import org.duoorm.DialectMismatchException;
import org.duoorm.DriverInUrlException;
import org.duoorm.InvalidUrlException;
import org.duoorm.UnknownDialectException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlResolverTest {
    private static ResolvedUrl resolve(String url) {
        return UrlResolver.resolve(DatabaseConfig.url(url).build());
    }

    @Test
    void postgresUrlIsTakenApart() {
        ResolvedUrl r = resolve("postgresql://ada:s%40cret@db.local:6543/shop?sslmode=disable");
        assertEquals(Dialect.POSTGRESQL, r.dialect());
        assertEquals("jdbc:postgresql://db.local:6543/shop?sslmode=disable", r.jdbcUrl());
        assertEquals("ada", r.user());
        assertEquals("s@cret", r.password());
        assertEquals("db.local", r.host());
        assertEquals(6543, r.port());
        assertEquals("shop", r.database());
        assertEquals("postgresql://ada:***@db.local:6543/shop", r.maskedReactiveUrl());
    }

    @ParameterizedTest
    @CsvSource({
        "postgres://u@h/db, POSTGRESQL, jdbc:postgresql://h:5432/db",
        "mysql://u@h/db, MYSQL, jdbc:mariadb://h:3306/db",
        "mariadb://u:p@h:3307/db, MARIADB, jdbc:mariadb://h:3307/db",
        "h2:mem:app, H2, jdbc:h2:mem:app;DB_CLOSE_DELAY=-1",
        "h2:file:./data/app, H2, jdbc:h2:file:./data/app",
        "sqlite:app.db, SQLITE, jdbc:sqlite:app.db",
        "sqlite:///app.db, SQLITE, jdbc:sqlite:app.db",
        "jdbc:postgresql://h:5433/db?user=u&password=p, POSTGRESQL, jdbc:postgresql://h:5433/db",
        "jdbc:mariadb://h/db, MARIADB, jdbc:mariadb://h:3306/db",
        "jdbc:h2:mem:x;MODE=PostgreSQL, H2, jdbc:h2:mem:x;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
        "jdbc:sqlite:/tmp/x.db, SQLITE, jdbc:sqlite:/tmp/x.db",
        "postgresql://u@[::1]:5432/db, POSTGRESQL, jdbc:postgresql://[::1]:5432/db",
    })
    void acceptedForms(String url, Dialect dialect, String jdbc) {
        ResolvedUrl r = resolve(url);
        assertEquals(dialect, r.dialect());
        assertEquals(jdbc, r.jdbcUrl());
    }

    @Test
    void pastedJdbcUrlCredentialsAreUsedButNotKeptInTheUrl() {
        ResolvedUrl r = resolve("jdbc:postgresql://h:5433/db?user=u&password=p");
        assertEquals("u", r.user());
        assertEquals("p", r.password());
        assertFalse(r.jdbcUrl().contains("password"));
    }

    @Test
    void builderCredentialsOverrideTheUrl() {
        ResolvedUrl r = UrlResolver.resolve(DatabaseConfig.url("postgresql://u:p@h/db").username("x").password("y").build());
        assertEquals("x", r.user());
        assertEquals("y", r.password());
    }

    @Test
    void sqliteMemoryIsSharedBetweenPooledConnections() {
        ResolvedUrl r = resolve("sqlite::memory:");
        assertTrue(r.jdbcUrl().contains("mode=memory&cache=shared"), r.jdbcUrl());
    }

    @Test
    void aDriverInTheUrlSaysWhatToWriteInstead() {
        DriverInUrlException e = assertThrows(DriverInUrlException.class, () -> resolve("postgresql+asyncpg://u:secret@h/db"));
        assertTrue(e.getMessage().contains("write 'postgresql://u:***@h/db' instead"), e.getMessage());
        assertFalse(e.getMessage().contains("secret"));
    }

    @Test
    void unknownDatabase() {
        UnknownDialectException e = assertThrows(UnknownDialectException.class, () -> resolve("oracle://u:pw@h/db"));
        assertTrue(e.getMessage().contains("oracle"));
        assertFalse(e.getMessage().contains(":pw@"));
        assertThrows(UnknownDialectException.class, () -> resolve("jdbc:oracle:thin:@h:1521/x"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "not a url",
        "postgresql:h/db",
        "postgresql://u:p@h:99999/db",
        "postgresql://u:p@h:abc/db",
        "postgresql://u:p@h",
        "h2:mem:",
        "h2:whatever",
        "sqlite:",
    })
    void invalidUrlsAreRefusedWithTheAcceptedForms(String url) {
        InvalidUrlException e = assertThrows(InvalidUrlException.class, () -> resolve(url));
        assertTrue(e.getMessage().contains("Accepted forms"), e.getMessage());
    }

    @Test
    void dialectMismatch() {
        DialectMismatchException e = assertThrows(DialectMismatchException.class,
                () -> UrlResolver.resolve(DatabaseConfig.url("postgresql://u:pw@h/db").dialect("mysql").build()));
        assertTrue(e.getMessage().contains("mysql") && e.getMessage().contains("postgresql"), e.getMessage());
        assertFalse(e.getMessage().contains(":pw@"));
        assertEquals(Dialect.POSTGRESQL,
                UrlResolver.resolve(DatabaseConfig.url("postgresql://h/db").dialect("postgres").build()).dialect());
    }

    @Test
    void noUserMeansNull() {
        assertNull(resolve("postgresql://h/db").user());
    }

    /** A raw password may hold '@', '/', '?', ':' and spaces: the host is what follows the last '@' that a '/' follows. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"p@ss", "a/b", "ab?cd", "x:y", "with space", "@/?:", "h/db?x=1@h2"})
    void rawPasswordsOfAnyShapeAreReadWhole(String password) {
        ResolvedUrl r = resolve("postgresql://alice:" + password + "@db.local:6543/shop?sslmode=disable");
        assertEquals("alice", r.user());
        assertEquals(password, r.password());
        assertEquals("db.local", r.host());
        assertEquals(6543, r.port());
        assertEquals("shop", r.database());
        assertEquals(java.util.Map.of("sslmode", "disable"), r.params());
        String masked = org.duoorm.spi.UrlMasking.maskUrl("postgresql://alice:" + password + "@db.local:6543/shop?sslmode=disable");
        assertEquals("postgresql://alice:***@db.local:6543/shop?sslmode=disable", masked);
    }
}
