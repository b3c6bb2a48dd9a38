package org.duoorm.servers;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/** Starting and stopping server processes, free ports and bounded waits. */
final class Processes {
    private Processes() {
    }

    static Process start(List<String> command, Path directory, java.util.Map<String, String> environment, Path output)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Ends a process and all its descendants, politely first (SIGTERM), then forcibly; bounded. */
    static void stop(Process process, Duration grace) {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        all.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(grace);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
    }

    /** @return the JVM among the process and its descendants (a start script runs java as a child) */
    static long javaPid(Process process) {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .reduce((first, second) -> second)
                .map(ProcessHandle::pid).orElse(process.pid());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits until the condition holds, failing after the timeout or when the process has died. */
    static void await(String what, Duration timeout, Process process, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("server process ended while waiting for " + what);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(200);
        }
    }

    /** @return how many lines of the file contain the text (0 when the file does not exist yet) */
    static long countLines(Path file, String text) {
        return read(file).map(s -> s.lines().filter(l -> l.contains(text)).count()).orElse(0L);
    }

    static Optional<String> read(Path file) {
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** @return the thread dump of a JVM, taken with jcmd from the JDK running the tests */
    static String threadDump(long pid) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Thread.print").redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("jcmd did not answer");
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
