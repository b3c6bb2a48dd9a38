package org.duoorm.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.duoorm.ConfigurationException;
import org.duoorm.Database;
import org.duoorm.DatabaseConfig;
import org.duoorm.Dialect;
import org.duoorm.DuoOrmException;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad URLs, wrong credentials, closed ports and servers that accept but never answer: every one fails
 * within a bound, with a DuoORM exception a person can act on, and the password appears nowhere (not in
 * the message, not in {@code toString()}, not in any cause of the stack trace).
 */
@Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BadConnectionTest {
    private static final String SECRET = "Hx7-s3cret-PW";
    private static final Duration BOUND = Duration.ofSeconds(20);

    @Test
    void badUrlsAreReadableAndMasked() {
        Ledger.Line line = Ledger.line("bad urls", "any", "both");
        List<String> urls = List.of(
                "postgresql+vertx://u:" + SECRET + "@127.0.0.1:5432/db",
                "postgresql://u:" + SECRET + "@127.0.0.1:notaport/db",
                "mariadb://u:" + SECRET + "@127.0.0.1:99999/db",
                "foo://u:" + SECRET + "@127.0.0.1/db",
                "jdbc:unknown://u:" + SECRET + "@127.0.0.1/db",
                "postgresql://u:" + SECRET + "@[::1/db",
                "postgresql://u:" + SECRET + "@/db",
                "u:" + SECRET + "@127.0.0.1/db",
                "   ",
                "h2:",
                "sqlite:");
        for (String url : urls) {
            try (Database db = Database.create(DatabaseConfig.url(url).name("rel-bad").build())) {
                assertFalse(db.toString().contains(SECRET), db.toString());
                db.connect();
                fail("connected with " + db);
            } catch (DuoOrmException e) {
                checkReadable(e, url);
                line.failure(e);
            }
        }
        line.add(urls.size(), 0, 0, urls.size(), 0);
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("org.duoorm.reliability.Suite#networked")
    void wrongCredentialsAreReadableAndMasked(Target target) {
        Ledger.Line line = Ledger.line("wrong credentials", target, "both");
        String url = Suite.url(target, null, -1, null).replaceFirst("://[^@]*@", "://nouser_rel:" + SECRET + "@");
        expectFailure(url, line, "nouser_rel");
        line.add(2, 0, 0, 1, 0);
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("org.duoorm.reliability.Suite#networked")
    void closedPortsFailFast(Target target) throws IOException {
        Ledger.Line line = Ledger.line("closed port", target, "both");
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        expectFailure(withPassword(Suite.url(target, "127.0.0.1", port, null)), line, null);
        line.add(2, 1, 0, 0, 0);
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("org.duoorm.reliability.Suite#networked")
    void serversThatNeverAnswerTimeOut(Target target) throws IOException {
        Ledger.Line line = Ledger.line("silent server", target, "both");
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                while (!silent.isClosed()) {
                    try {
                        Socket a = silent.accept();
                        synchronized (accepted) {
                            accepted.add(a);
                        }
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "rel-silent-server");
            t.setDaemon(true);
            t.start();
            // The server goes away before the database is closed: a Vert.x pool cannot close while a
            // handshake to a silent server is pending (see README, "Known limits").
            expectFailure(withPassword(Suite.url(target, "127.0.0.1", silent.getLocalPort(), null)), line, null,
                    () -> closeAll(accepted));
        } finally {
            closeAll(accepted);
        }
        line.add(2, 1, 0, 0, 0);
    }

    private static void closeAll(List<Socket> sockets) {
        synchronized (sockets) {
            for (Socket s : sockets) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // Already closed.
                }
            }
        }
    }

    private static String withPassword(String url) {
        return url.replaceFirst("://([^:@/]*)@", "://$1:" + SECRET + "@");
    }

    /** Both modes: a blocking connect() and a reactive statement on a database never connected. */
    private static void expectFailure(String url, Ledger.Line line, String mustMention) {
        expectFailure(url, line, mustMention, () -> { });
    }

    private static void expectFailure(String url, Ledger.Line line, String mustMention, Runnable beforeClose) {
        DatabaseConfig config = DatabaseConfig.url(url).name("rel-badconn").engineOption("connectTimeout", "2s")
                .engineOption("acquisitionTimeout", "4s").build();
        try (Database db = Database.create(config)) {
            long start = System.nanoTime();
            try {
                db.connect();
                fail("connect() succeeded against " + db);
            } catch (DuoOrmException e) {
                checkReadable(e, url);
                assertTrue(e instanceof ConfigurationException, "connect() fails with a ConfigurationException: " + e);
                if (mustMention != null) {
                    assertTrue(e.getMessage().contains(mustMention) || e.getMessage().toLowerCase().contains("auth")
                            || e.getMessage().toLowerCase().contains("denied"), "says what is wrong: " + e.getMessage());
                }
                line.failure(e);
            }
            checkBound(start, "connect()");
            beforeClose.run();
        }
        try (Database db = Database.create(config)) {
            long start = System.nanoTime();
            try {
                db.reactive().execute("select 1").await().atMost(BOUND.plusSeconds(10));
                fail("a reactive statement succeeded against " + db);
            } catch (DuoOrmException e) {
                checkReadable(e, url);
                line.failure(e);
            }
            checkBound(start, "a reactive statement");
            beforeClose.run();
        }
    }

    private static void checkBound(long start, String what) {
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(millis < BOUND.toMillis(), what + " took " + millis + " ms");
    }

    private static void checkReadable(DuoOrmException e, String url) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        assertFalse(trace.toString().contains(SECRET), "the password is nowhere in the exception: " + trace);
        assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "a message for " + url);
        System.out.println("  " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    static boolean isMaria(Target t) {
        return t.dialect() == Dialect.MARIADB;
    }
}
