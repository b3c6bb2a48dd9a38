package org.duoorm.servers;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * WildFly from the {@code wildfly-dist} zip: a fresh copy of {@code standalone/} per run, every socket
 * on 127.0.0.1 behind a port offset, deployment through the deployment scanner's marker files.
 */
final class WildFly implements Server {
    private static final String WAR = "duoorm-webapp.war";
    private final Path home;
    private final Path base;
    private Process process;
    private int httpPort;

    WildFly(Path home, Path work) {
        this.home = home;
        this.base = work.resolve("wildfly-standalone");
    }

    @Override
    public String name() {
        return "WildFly";
    }

    @Override
    public void start(Map<String, String> environment) throws Exception {
        Processes.deleteTree(base);
        Processes.copyTree(home.resolve("standalone"), base);
        Path config = base.resolve("configuration/standalone.xml");
        Files.writeString(config, Files.readString(config).replace("scan-interval=\"5000\"", "scan-interval=\"200\""));
        int offset = freeOffset();
        httpPort = 8080 + offset;
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-b", "127.0.0.1", "-bmanagement", "127.0.0.1",
                "-Djboss.socket.binding.port-offset=" + offset));
        Map<String, String> env = new java.util.HashMap<>(environment);
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        env.put("JBOSS_HOME", home.toString());
        process = Processes.start(command, home, env, base.resolve("console.out"));
        Processes.await("WildFly to start", Duration.ofSeconds(120), process,
                () -> Processes.countLines(serverLog(), "WFLYSRV0025") + Processes.countLines(serverLog(), "WFLYSRV0026") > 0);
    }

    @Override
    public void deploy(Path war) throws Exception {
        Path deployments = base.resolve("deployments");
        Files.deleteIfExists(deployments.resolve(WAR + ".undeployed"));
        Files.copy(war, deployments.resolve(WAR + ".tmp"), StandardCopyOption.REPLACE_EXISTING);
        Files.move(deployments.resolve(WAR + ".tmp"), deployments.resolve(WAR), StandardCopyOption.ATOMIC_MOVE);
        Processes.await("the WAR to deploy", Duration.ofSeconds(120), process,
                () -> Files.exists(deployments.resolve(WAR + ".deployed")) || Files.exists(deployments.resolve(WAR + ".failed")));
        if (Files.exists(deployments.resolve(WAR + ".failed"))) {
            throw new IllegalStateException("deployment failed: " + Files.readString(deployments.resolve(WAR + ".failed")));
        }
    }

    @Override
    public void undeploy() throws Exception {
        Path deployments = base.resolve("deployments");
        Files.delete(deployments.resolve(WAR));
        Processes.await("the WAR to undeploy", Duration.ofSeconds(120), process,
                () -> Files.exists(deployments.resolve(WAR + ".undeployed")));
    }

    @Override
    public URI application() {
        return URI.create("http://127.0.0.1:" + httpPort + "/duoorm-webapp/");
    }

    @Override
    public long jvmPid() {
        return Processes.javaPid(process);
    }

    @Override
    public List<Path> logs() {
        return List.of(serverLog());
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(30));
    }

    private Path serverLog() {
        return base.resolve("log/server.log");
    }

    /** An offset under which http, https, management, AJP and transaction ports are all free. */
    private static int freeOffset() throws IOException {
        int[] ports = {8080, 8443, 9990, 9993, 8009, 4712, 4713};
        for (int attempt = 0; attempt < 50; attempt++) {
            int offset = 10_000 + (int) (Math.random() * 40_000);
            if (java.util.Arrays.stream(ports).allMatch(p -> Processes.free(p + offset))) {
                return offset;
            }
        }
        throw new IOException("no free port offset found");
    }
}
