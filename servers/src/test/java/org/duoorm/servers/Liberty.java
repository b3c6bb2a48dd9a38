package org.duoorm.servers;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Open Liberty from the {@code openliberty-runtime} zip: a server of its own in a fresh user directory
 * with the {@code cdi-4.0} and {@code servlet-6.0} features, HTTP on 127.0.0.1 only, deployment through
 * a polled {@code dropins} directory.
 */
final class Liberty implements Server {
    private static final String APP = "duoorm-webapp";
    private final Path home;
    private final Path user;
    private final Path serverDir;
    private Process process;
    private int port;

    Liberty(Path home, Path work) {
        this.home = home;
        this.user = work.resolve("liberty-usr");
        this.serverDir = user.resolve("servers/duoorm");
    }

    @Override
    public String name() {
        return "Open Liberty";
    }

    @Override
    public void start(Map<String, String> environment) throws Exception {
        Processes.deleteTree(user);
        Files.createDirectories(serverDir.resolve("dropins"));
        port = Processes.freePort();
        Files.writeString(serverDir.resolve("server.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <server description="DuoORM sample">
                  <featureManager>
                    <feature>cdi-4.0</feature>
                    <feature>servlet-6.0</feature>
                  </featureManager>
                  <httpEndpoint id="defaultHttpEndpoint" host="127.0.0.1" httpPort="%d" httpsPort="-1"/>
                  <applicationMonitor updateTrigger="polled" pollingRate="200ms" dropinsEnabled="true"/>
                </server>
                """.formatted(port));
        Map<String, String> env = new HashMap<>(environment);
        env.put("WLP_USER_DIR", user.toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        process = Processes.start(List.of(home.resolve("bin/server").toString(), "run", "duoorm"), home, env,
                serverDir.resolve("console.out"));
        Processes.await("Open Liberty to start", Duration.ofSeconds(180), process,
                () -> Processes.countLines(messages(), "CWWKF0011I") > 0);
    }

    @Override
    public void deploy(Path war) throws Exception {
        long before = Processes.countLines(messages(), "CWWKZ0001I");
        Path dropins = serverDir.resolve("dropins");
        Files.copy(war, user.resolve(APP + ".war"), StandardCopyOption.REPLACE_EXISTING);
        Files.move(user.resolve(APP + ".war"), dropins.resolve(APP + ".war"), StandardCopyOption.ATOMIC_MOVE);
        Processes.await("the WAR to deploy", Duration.ofSeconds(120), process,
                () -> Processes.countLines(messages(), "CWWKZ0001I") > before || Processes.countLines(messages(), "CWWKZ0002E") > 0);
        if (Processes.countLines(messages(), "CWWKZ0002E") > 0) {
            throw new IllegalStateException("deployment failed; see " + messages());
        }
    }

    @Override
    public void undeploy() throws Exception {
        long before = Processes.countLines(messages(), "CWWKZ0009I");
        Files.delete(serverDir.resolve("dropins").resolve(APP + ".war"));
        Processes.await("the WAR to undeploy", Duration.ofSeconds(120), process,
                () -> Processes.countLines(messages(), "CWWKZ0009I") > before);
    }

    @Override
    public URI application() {
        return URI.create("http://127.0.0.1:" + port + "/" + APP + "/");
    }

    @Override
    public long jvmPid() {
        return Processes.javaPid(process);
    }

    @Override
    public List<Path> logs() {
        return List.of(messages(), serverDir.resolve("console.out"));
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(30));
    }

    private Path messages() {
        return serverDir.resolve("logs/messages.log");
    }
}
