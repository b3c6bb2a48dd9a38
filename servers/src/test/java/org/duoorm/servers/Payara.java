package org.duoorm.servers;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro: one JVM started with the exploded WAR, HTTP bound to 127.0.0.1 by a pre-boot
 * command, clustering off. Payara Micro has no undeploy; it redeploys an exploded WAR when its
 * {@code .reload} file changes, which is what {@link #redeploy()} does.
 */
final class Payara implements Server {
    private static final String DEPLOYED = "duoorm-webapp was successfully deployed";
    private final Path jar;
    private final Path work;
    private final Path app;
    private Process process;
    private int port;
    private Map<String, String> environment;

    Payara(Path jar, Path work) {
        this.jar = jar;
        this.work = work.resolve("payara");
        this.app = this.work.resolve("duoorm-webapp");
    }

    @Override
    public String name() {
        return "Payara Micro";
    }

    @Override
    public void start(Map<String, String> environment) throws Exception {
        // Payara Micro deploys at boot: start() only records the environment, deploy() boots.
        this.environment = environment;
    }

    @Override
    public void deploy(Path war) throws Exception {
        Processes.deleteTree(work);
        Files.createDirectories(work.resolve("root"));
        Unzip.into(war, app);
        Path preboot = Files.writeString(work.resolve("preboot.asadmin"),
                "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1\n");
        port = Processes.freePort();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--deploy", app.toString(), "--port", Integer.toString(port),
                "--nocluster", "--disablephonehome", "--rootdir", work.resolve("root").toString(),
                "--unpackdir", work.resolve("unpack").toString(), "--prebootcommandfile", preboot.toString());
        process = Processes.start(command, work, environment, log());
        Processes.await("Payara Micro to start and deploy", Duration.ofSeconds(180), process,
                () -> Processes.countLines(log(), "Payara Micro") > 0 && Processes.countLines(log(), " ready in ") > 0);
        if (Processes.countLines(log(), DEPLOYED) != 1) {
            throw new IllegalStateException("Payara Micro started without deploying the WAR; see " + log());
        }
    }

    /** Touches {@code .reload} and waits for the next successful deployment. */
    void redeploy() throws Exception {
        long before = Processes.countLines(log(), DEPLOYED);
        Path reload = app.resolve(".reload");
        if (!Files.exists(reload)) {
            Files.createFile(reload);
        }
        Files.setLastModifiedTime(reload, FileTime.from(Instant.now()));
        Processes.await("Payara Micro to redeploy", Duration.ofSeconds(120), process,
                () -> Processes.countLines(log(), DEPLOYED) > before);
    }

    @Override
    public void undeploy() {
        throw new UnsupportedOperationException("Payara Micro redeploys; it does not undeploy");
    }

    @Override
    public URI application() {
        return URI.create("http://127.0.0.1:" + port + "/duoorm-webapp/");
    }

    @Override
    public long jvmPid() {
        return process.pid();
    }

    @Override
    public List<Path> logs() {
        return List.of(log());
    }

    @Override
    public List<String> benignLogLines() {
        return List.of(
                // Payara's deployment-time class loader (the "[unknown]" application) is dropped before the
                // application starts; DriverManager, first used then, had registered the WAR's JDBC drivers
                // with it. Not a connection, and it does not recur when the application itself redeploys.
                "The web application [unknown] registered the JDBC driver");
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(30));
    }

    private Path log() {
        return work.resolve("console.out");
    }
}
