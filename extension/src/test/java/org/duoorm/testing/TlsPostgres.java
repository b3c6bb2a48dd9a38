package org.duoorm.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private PostgreSQL started by a test: its own data directory, on a free loopback port, with {@code ssl=on} and a
 * server certificate (for {@code 127.0.0.1} and {@code localhost}) signed by a CA generated here, and accepting TLS
 * connections only ({@code hostssl} in {@code pg_hba.conf}, trust). {@link #close()} stops it and deletes its files.
 * Needs {@code initdb}, {@code pg_ctl} and {@code openssl}; run as root, PostgreSQL runs as the {@code postgres} user.
 */
public final class TlsPostgres implements AutoCloseable {
    private final Path dir;
    private final Path data;
    private final int port;
    private final Path ca;
    private final Path otherCa;

    private TlsPostgres(Path dir, int port) {
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
        this.ca = dir.resolve("ca.pem");
        this.otherCa = dir.resolve("other-ca.pem");
    }

    /** Starts one; fails (never skips) when it cannot. */
    public static TlsPostgres start() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("duoorm-tls-pg");
        TlsPostgres pg = new TlsPostgres(dir, freePort());
        try {
            pg.certificates();
            pg.run(true, "initdb", "-D", pg.data.toString(), "-A", "trust", "-U", "postgres", "--no-sync");
            Files.writeString(pg.data.resolve("pg_hba.conf"), "local all all trust\nhostssl all all 127.0.0.1/32 trust\n");
            Files.writeString(pg.data.resolve("postgresql.conf"), "\nport = " + pg.port + "\nlisten_addresses = '127.0.0.1'\n"
                    + "unix_socket_directories = '" + dir + "'\nssl = on\nssl_cert_file = '" + dir.resolve("server.pem") + "'\n"
                    + "ssl_key_file = '" + dir.resolve("server.key") + "'\nfsync = off\nmax_connections = 40\n",
                    java.nio.file.StandardOpenOption.APPEND);
            pg.run(true, "pg_ctl", "-D", pg.data.toString(), "-l", dir.resolve("log.txt").toString(), "-w", "-t", "60", "start");
            return pg;
        } catch (IOException | InterruptedException | RuntimeException e) {
            pg.close();
            throw e;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private void certificates() throws IOException, InterruptedException {
        Files.writeString(dir.resolve("san.cnf"), "subjectAltName = IP:127.0.0.1, DNS:localhost\n");
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=duoorm test CA",
                "-keyout", dir.resolve("ca.key").toString(), "-out", ca.toString());
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=another CA",
                "-keyout", dir.resolve("other-ca.key").toString(), "-out", otherCa.toString());
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", dir.resolve("server.key").toString(),
                "-out", dir.resolve("server.csr").toString());
        openssl("x509", "-req", "-in", dir.resolve("server.csr").toString(), "-CA", ca.toString(), "-CAkey",
                dir.resolve("ca.key").toString(), "-CAcreateserial", "-days", "2", "-extfile", dir.resolve("san.cnf").toString(),
                "-out", dir.resolve("server.pem").toString());
    }

    private void openssl(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("openssl"));
        cmd.addAll(List.of(args));
        exec(cmd);
    }

    private void run(boolean asPostgres, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (asPostgres && "root".equals(System.getProperty("user.name"))) {
            exec(List.of("chown", "-R", "postgres:postgres", dir.toString()));
            exec(List.of("chmod", "700", dir.toString()));
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.addAll(List.of(args));
        exec(cmd);
    }

    private void exec(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
        }
    }

    public int port() {
        return port;
    }

    /** The CA that signed the server's certificate (PEM). */
    public Path ca() {
        return ca;
    }

    /** A CA that signed nothing of this server (PEM). */
    public Path otherCa() {
        return otherCa;
    }

    /** {@code postgresql://postgres@127.0.0.1:<port>/postgres}, plus the query given (may be empty). */
    public String url(String query) {
        return "postgresql://postgres@127.0.0.1:" + port + "/postgres" + (query.isEmpty() ? "" : "?" + query);
    }

    @Override
    public void close() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                run(true, "pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "-t", "60", "stop");
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("could not stop the private PostgreSQL in " + dir + ": " + e.getMessage());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException ignored) {
                // a temporary directory
            }
        }
    }
}
