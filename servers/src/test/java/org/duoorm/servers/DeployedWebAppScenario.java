package org.duoorm.servers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The sample WAR deployed in one server: every endpoint called over HTTP, the databases checked
 * directly, the WAR undeployed and redeployed twice with no connection or thread left behind, the
 * server's log scanned, and no connection left once the server stopped. The assertions are the
 * TCK's behaviours: two databases side by side, blocking and reactive units of work that commit,
 * roll back everything on a failure half-way, and pools closed when the application ends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class DeployedWebAppScenario {
    /** Threads the WAR's libraries start: none may survive the application. */
    private static final Pattern LIBRARY_THREAD = Pattern.compile("^\"(vert\\.x-[^\"]*|duoorm-[^\"]*|agroal[^\"]*)\"",
            Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
    /** What {@code POST /tck} runs: 14 propagation and 11 rollback-rule checks per mode, 1 more rollback, 10 reactive, 3 retry per mode, 1 more retry. */
    private static final int EXPECTED_TCK_CHECKS = 2 * 14 + 2 * 11 + 1 + 10 + 2 * 3 + 1;
    private static final Duration SETTLE = Duration.ofSeconds(30);

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final long began = System.nanoTime();
    private Backend backend;
    private Server server;
    private int idleConnections;
    private int idleThreads;

    /** @param work a directory of its own under target/ */
    abstract Server server(Path work) throws Exception;

    /** @return false for a server that can only redeploy (Payara Micro reloads an exploded WAR) */
    boolean undeploys() {
        return true;
    }

    /** Redeploys where {@link #undeploys()} is false. */
    void redeploy(Server s) throws Exception {
        s.undeploy();
        s.deploy(war());
    }

    static Path war() {
        return Path.of(System.getProperty("duoorm.servers.war", "../samples/webapp/target/duoorm-webapp.war")).toAbsolutePath();
    }

    static Path work() {
        return Path.of(System.getProperty("duoorm.servers.work", "target/servers")).toAbsolutePath();
    }

    @BeforeAll
    void startAndDeploy() throws Exception {
        backend = Backend.fromSystemProperties();
        server = server(work());
        try {
            server.start(backend.environment());
            log("started");
            server.deploy(war());
            log("deployed");
        } catch (Exception | Error e) {
            stopEverything();
            throw e;
        }
        idleConnections = backend.applicationConnections();
        idleThreads = libraryThreads().size();
    }

    @AfterAll
    void stopEverything() throws Exception {
        try {
            if (server != null) {
                server.close();
                log("stopped");
                awaitConnections("the server stopped", 0);
            }
        } finally {
            server = null;
            if (backend != null) {
                backend.close();
            }
        }
    }

    @Test
    @Order(1)
    void theWarUsesItsOwnLibrariesAndBothDatabases() throws Exception {
        String about = get("about", 200);
        backend.dialects().forEach((db, dialect) -> assertTrue(
                about.toUpperCase(Locale.ROOT).contains("\"" + db.toUpperCase(Locale.ROOT) + "\":\"" + dialect + "\""), about));
        for (String library : List.of("io.smallrye.mutiny.Uni", "io.vertx.core.Vertx", "io.netty.channel.Channel",
                "io.agroal.api.AgroalDataSource", "org.duoorm.Database")) {
            Matcher m = Pattern.compile("\"" + Pattern.quote(library) + "\":\"([^\"]*)\"").matcher(about);
            assertTrue(m.find() && m.group(1).contains("WEB-INF/lib/"), library + " must come from the WAR: " + about);
        }
    }

    @Test
    @Order(2)
    void blockingEndpointsCreatePageAndUpdate() throws Exception {
        for (String n : List.of("c", "a", "b")) {
            post("products", 201, Map.of("sku", sku(n), "name", "Product " + n, "price", "1.50"));
        }
        String first = get("products?size=2&page=1&prefix=" + run, 200);
        String second = get("products?size=2&page=2&prefix=" + run, 200);
        assertEquals(List.of(sku("a"), sku("b")), values(first, "sku"));
        assertEquals(List.of(sku("c")), values(second, "sku"));
        assertEquals(List.of("3"), values(second, "total"));
        assertTrue(post("products/price", 200, Map.of("sku", sku("b"), "price", "2.25")).contains("\"updated\":1"));
        assertEquals("2.25", scalar(backend.catalog(), "select price from srv_catalog_products where sku = ?", sku("b")));
        assertEquals("1", scalar(backend.catalog(), "select version from srv_catalog_products where sku = ?", sku("b")));
        assertEquals("3", scalar(backend.catalog(), "select count(*) from srv_catalog_products where sku like ?", run + "%"));
    }

    @Test
    @Order(3)
    void reactiveEndpointsCreatePageAndUpdate() throws Exception {
        List<String> ids = new ArrayList<>();
        for (String n : List.of("z", "x", "y")) {
            ids.addAll(values(post("orders", 201, Map.of("sku", sku(n), "quantity", "2")), "id"));
        }
        assertEquals(3, ids.size());
        assertEquals(List.of(sku("x"), sku("y")), values(get("orders?size=2&page=1&prefix=" + run, 200), "sku"));
        String last = get("orders?size=2&page=2&prefix=" + run, 200);
        assertEquals(List.of(sku("z")), values(last, "sku"));
        assertEquals(List.of("3"), values(last, "total"));
        assertTrue(post("orders/ship", 200, Map.of("id", ids.get(0))).contains("\"updated\":1"));
        assertTrue(post("orders/ship", 200, Map.of("id", ids.get(0))).contains("\"updated\":0"));
        assertEquals("SHIPPED", scalar(backend.orders(), "select status from srv_purchase_orders where id = ?", Long.valueOf(ids.get(0))));
        assertEquals("3", scalar(backend.orders(), "select count(*) from srv_purchase_orders where sku like ?", run + "%"));
    }

    @Test
    @Order(4)
    void aBlockingRequestThatFailsHalfWayLeavesNothing() throws Exception {
        String body = post("products/failing", 409, Map.of("sku", sku("failed"), "name", "Never", "price", "9.99"));
        assertTrue(body.contains("rejected"), body);
        assertEquals("0", scalar(backend.catalog(), "select count(*) from srv_catalog_products where sku = ?", sku("failed")));
        assertEquals("0", scalar(backend.catalog(), "select count(*) from srv_catalog_products where name = ?", "renamed by a failed request"));
        assertEquals(3, values(get("products?prefix=" + run, 200), "sku").size());
    }

    @Test
    @Order(5)
    void aReactiveRequestThatFailsHalfWayLeavesNothing() throws Exception {
        String body = post("orders/failing", 409, Map.of("sku", sku("failed"), "quantity", "1"));
        assertTrue(body.contains("rejected"), body);
        assertEquals("0", scalar(backend.orders(), "select count(*) from srv_purchase_orders where sku = ?", sku("failed")));
        assertEquals("0", scalar(backend.orders(), "select count(*) from srv_purchase_orders where status = ?", "LOST"));
        assertEquals(3, values(get("orders?prefix=" + run, 200), "sku").size());
    }

    @Test
    @Order(6)
    void theTckChecksPassInsideTheServer() throws Exception {
        long start = System.nanoTime();
        String body = post("tck", 200, Map.of());
        List<String> lines = body.lines().filter(l -> !l.isBlank()).toList();
        List<String> failed = lines.stream().filter(l -> !l.startsWith("PASS ")).toList();
        log(lines.size() + " in-container TCK checks run in " + Math.round((System.nanoTime() - start) / 1e6) + " ms, "
                + failed.size() + " failed");
        assertTrue(failed.isEmpty(), server.name() + ": in-container TCK checks failed:\n" + String.join("\n", failed));
        assertEquals(EXPECTED_TCK_CHECKS, lines.size(), "in-container TCK checks run: " + body);
    }

    @Test
    @Order(7)
    void redeployingTwiceLeavesNoConnectionOrThreadBehind() throws Exception {
        // The thread check below means something only if it sees the threads of a running application.
        assertTrue(!libraryThreads().isEmpty(), "no vert.x-*, duoorm-* or agroal* thread seen while the application runs");
        assertTrue(backend.applicationConnections() > 0, "no connection seen while the application runs");
        for (int round = 1; round <= 2; round++) {
            if (undeploys()) {
                server.undeploy();
                log("undeployed (" + round + ")");
                awaitConnections("undeployment " + round, 0);
                awaitNoLibraryThreads("undeployment " + round);
                server.deploy(war());
            } else {
                redeploy(server);
            }
            log("redeployed (" + round + ")");
            awaitConnections("redeployment " + round, idleConnections);
            awaitLibraryThreadsAtMost("redeployment " + round, idleThreads);
            assertEquals(3, values(get("products?prefix=" + run, 200), "sku").size());
            assertEquals(3, values(get("orders?prefix=" + run, 200), "sku").size());
        }
        if (undeploys()) {
            server.undeploy();
            awaitConnections("the last undeployment", 0);
            awaitNoLibraryThreads("the last undeployment");
        }
    }

    @Test
    @Order(8)
    void theServerLogShowsNoStackTraceWarningOrLeak() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path log : server.logs()) {
            String text = Processes.read(log).orElseThrow(() -> new AssertionError("no log at " + log));
            text.lines().filter(this::problem).map(l -> log.getFileName() + ": " + l).forEach(problems::add);
        }
        assertTrue(problems.isEmpty(), server.name() + "'s log has problems:\n" + String.join("\n", problems));
    }

    private boolean problem(String line) {
        if (server.benignLogLines().stream().anyMatch(line::contains)) {
            return false;
        }
        String l = line.toLowerCase(Locale.ROOT);
        boolean frame = line.matches("^\\s+at [\\w$.]+\\(.*\\)\\s*$") || line.startsWith("Caused by:");
        boolean ours = l.contains("duoorm") && (l.contains("warn") || l.contains("severe") || l.contains("error"));
        return frame || ours || l.contains("leak");
    }

    private void awaitConnections(String after, int expected) throws Exception {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        int held;
        while ((held = backend.applicationConnections()) != expected && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertEquals(expected, held, "database connections held by the application after " + after);
    }

    private void awaitNoLibraryThreads(String after) throws Exception {
        awaitLibraryThreadsAtMost(after, 0);
    }

    /** The threads of the WAR's libraries, as many as a freshly deployed application has, or fewer. */
    private void awaitLibraryThreadsAtMost(String after, int most) throws Exception {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        List<String> left;
        while ((left = libraryThreads()).size() > most && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertTrue(left.size() <= most, "threads in " + server.name() + " after " + after + ", expected at most " + most + ": " + left);
    }

    private List<String> libraryThreads() throws Exception {
        Matcher m = LIBRARY_THREAD.matcher(Processes.threadDump(server.jvmPid()));
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private String sku(String name) {
        return run + "-" + name;
    }

    private String get(String path, int status) throws Exception {
        return send(HttpRequest.newBuilder(server.application().resolve(path)).GET(), status);
    }

    private String post(String path, int status, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(server.application().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), status);
    }

    private String send(HttpRequest.Builder request, int status) throws Exception {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), response.request().method() + " " + response.uri() + ": " + response.body());
        return response.body();
    }

    /** @return every value of the key in the JSON text, string or number, in order */
    private static List<String> values(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(?:\"([^\"]*)\"|([-0-9.]+))").matcher(json);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return found;
    }

    private static String scalar(Connection connection, String sql, Object parameter) throws SQLException {
        try (connection; PreparedStatement s = connection.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private void log(String what) {
        System.out.printf("[%s] %s after %.1f s%n", server.name(), what, (System.nanoTime() - began) / 1e9);
    }
}
