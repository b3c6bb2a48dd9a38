package org.duoorm.engine;

import static org.duoorm.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.duoorm.ConfigurationException;
import org.duoorm.ConnectFailedException;
import org.duoorm.Database;
import org.duoorm.DatabaseConfig;
import org.duoorm.Dialect;
import org.duoorm.DuoOrmException;
import org.duoorm.InvalidUrlException;
import org.duoorm.testing.TestDatabases;
import org.duoorm.testing.TlsPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One URL, two engines: each URL parameter DuoORM accepts is applied by the blocking (JDBC) and the reactive (Vert.x)
 * engine alike, and any other is refused when the database is created. TLS is checked against a PostgreSQL started
 * here with {@code ssl=on} that accepts TLS connections only: what each engine's connection reports in
 * {@code pg_stat_ssl} is compared, and a wrong CA or {@code sslmode=disable} fails in both.
 */
@SuppressWarnings("try")
class UrlParametersTest {
    private static TlsPostgres server;

    @BeforeAll
    static void start() throws Exception {
        server = TlsPostgres.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static final String SSL_IN_USE = "select ssl from pg_stat_ssl where pid = pg_backend_pid()";

    /** Whether the blocking and the reactive connection use TLS, as the server sees them. */
    private static List<Boolean> tlsOfBothEngines(Database db) {
        boolean blocking = db.queryValue(Boolean.class, SSL_IN_USE).orElseThrow();
        boolean reactive = await(db.reactive().queryValue(Boolean.class, SSL_IN_USE)).orElseThrow();
        return List.of(blocking, reactive);
    }

    @Test
    void verifiedTlsInBothEngines() {
        for (String mode : List.of("verify-full", "verify-ca", "require")) {
            try (Database db = Database.create(DatabaseConfig.url(server.url("sslmode=" + mode + "&sslrootcert=" + server.ca())).build())) {
                assertEquals(List.of(true, true), tlsOfBothEngines(db), mode);
            }
        }
        try (Database db = Database.create(DatabaseConfig.url(server.url("sslmode=require")).build())) {
            assertEquals(List.of(true, true), tlsOfBothEngines(db), "require without a CA: encrypted, not verified");
        }
        try (Database db = Database.create(DatabaseConfig.url(server.url("")).engineOption("ssl", true).engineOption("trustAll", true)
                .build())) {
            assertEquals(List.of(true, true), tlsOfBothEngines(db), "no sslmode: the engine options ask for TLS");
        }
    }

    /** A TLS or login refusal is a configuration error in both engines: never a lost connection that a retry would fix. */
    private static void refusedAsConfiguration(Database db, String what) {
        ConnectFailedException blocking = assertThrows(ConnectFailedException.class,
                () -> db.queryValue(Boolean.class, "select true"), "blocking " + what);
        ConnectFailedException reactive = assertThrows(ConnectFailedException.class,
                () -> await(db.reactive().queryValue(Boolean.class, "select true")), "reactive " + what);
        for (ConnectFailedException e : List.of(blocking, reactive)) {
            assertTrue(e.getMessage().contains("will not help"), what + ": " + e.getMessage());
            assertFalse(e.getMessage().contains("retry it"), what + ": " + e.getMessage());
        }
    }

    @Test
    void aWrongCaIsRefusedByBothEnginesAsAConfigurationError() {
        for (String mode : List.of("verify-full", "verify-ca")) {
            try (Database db = Database.create(DatabaseConfig.url(server.url("sslmode=" + mode + "&sslrootcert=" + server.otherCa()))
                    .build())) {
                refusedAsConfiguration(db, "wrong CA, " + mode);
            }
        }
    }

    @Test
    void disableIsHonouredByBothEngines() {
        // the server accepts TLS connections only: a client that does not ask for TLS is turned away, in both engines
        for (String query : List.of("sslmode=disable", "")) {
            try (Database db = Database.create(DatabaseConfig.url(server.url(query)).build())) {
                refusedAsConfiguration(db, "no TLS against a TLS-only server, " + query);
            }
        }
        // the URL's sslmode wins over the engine option, in both engines
        try (Database db = Database.create(DatabaseConfig.url(server.url("sslmode=disable")).engineOption("ssl", true).build())) {
            refusedAsConfiguration(db, "sslmode=disable with the ssl engine option");
        }
    }

    @Test
    void requiringTlsOfAServerWithoutItIsAConfigurationError() {
        // the shared servers run without TLS (ssl=off, have_ssl=DISABLED), as CI's do
        List<String> urls = new java.util.ArrayList<>();
        for (TestDatabases.Target t : TestDatabases.targets()) {
            if (t.dialect() == org.duoorm.Dialect.POSTGRESQL) {
                urls.add(t.url() + (t.url().contains("?") ? "&" : "?") + "sslmode=require");
            } else if (t.dialect() == org.duoorm.Dialect.MARIADB) {
                urls.add(t.url() + (t.url().contains("?") ? "&" : "?") + "sslMode=trust");
            }
        }
        org.junit.jupiter.api.Assumptions.assumeFalse(urls.isEmpty(), "needs PostgreSQL or MariaDB (CI sets both)");
        for (String url : urls) {
            try (Database db = Database.create(DatabaseConfig.url(url).build())) {
                refusedAsConfiguration(db, url);
            }
        }
    }

    @Test
    void currentSchemaOptionsAndApplicationNameReachBothEngines() {
        String base = server.url("sslmode=require");
        try (Database admin = Database.create(DatabaseConfig.url(base).build())) {
            admin.execute("create schema if not exists duo_url_s1");
            admin.execute("create schema if not exists duo_url_s2");
        }
        try (Database db = Database.create(DatabaseConfig.url(base + "&currentSchema=duo_url_s1&ApplicationName=duo-url-test").build())) {
            assertEquals("duo_url_s1", db.queryValue(String.class, "select current_schema()").orElseThrow());
            assertEquals("duo_url_s1", await(db.reactive().queryValue(String.class, "select current_schema()")).orElseThrow());
            assertEquals("duo-url-test", db.queryValue(String.class, "select current_setting('application_name')").orElseThrow());
            assertEquals("duo-url-test", await(db.reactive().queryValue(String.class, "select current_setting('application_name')"))
                    .orElseThrow());
        }
        try (Database db = Database.create(DatabaseConfig.url(base + "&options=-c%20search_path%3Dduo_url_s2").build())) {
            assertEquals("duo_url_s2", db.queryValue(String.class, "select current_schema()").orElseThrow());
            assertEquals("duo_url_s2", await(db.reactive().queryValue(String.class, "select current_schema()")).orElseThrow());
        }
    }

    @Test
    void otherParametersAreRefusedWhenTheDatabaseIsCreated() {
        InvalidUrlException e = assertThrows(InvalidUrlException.class,
                () -> Database.create(DatabaseConfig.url(server.url("sslmode=require&prepareThreshold=0")).build()));
        assertTrue(e.getMessage().contains("'prepareThreshold'") && e.getMessage().contains("deriveAsync(false)"), e.getMessage());
        assertThrows(InvalidUrlException.class, () -> Database.create(DatabaseConfig.url(server.url("sslmode=sometimes")).build()));
        assertThrows(InvalidUrlException.class, () -> Database.create(DatabaseConfig.url(server.url("sslmode=prefer")).build()));
        assertThrows(InvalidUrlException.class, () -> Database.create(DatabaseConfig.url(server.url("sslmode=verify-full"
                + "&sslrootcert=/nonexistent/ca.pem")).build()));
        for (TestDatabases.Target t : TestDatabases.targets()) {
            if (t.dialect() == Dialect.MARIADB) {
                assertThrows(InvalidUrlException.class, () -> Database.create(DatabaseConfig.url(t.url() + "?useSsl=true").build()));
                assertThrows(InvalidUrlException.class, () -> Database.create(DatabaseConfig.url(t.url() + "?sslMode=maybe").build()));
            }
        }
        // without a reactive engine, the JDBC driver takes any parameter
        try (Database db = Database.create(DatabaseConfig.url(server.url("sslmode=require&prepareThreshold=0")).deriveAsync(false)
                .build())) {
            assertEquals(1, db.queryValue(Integer.class, "select 1").orElseThrow());
        }
        assertTrue(ConfigurationException.class.isAssignableFrom(InvalidUrlException.class));
    }
}
