package org.duoorm.samples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs the quickstart as the README does and checks what it prints and what it leaves behind. */
class QuickstartTest {

    @Test
    void printsEveryStepAndLeavesNoThreads() throws Exception {
        Set<Thread> before = liveNonDaemonThreads();
        List<String> lines = runMain();

        assertTrue(lines.get(0).startsWith("Connected to jdbc:h2:mem:quickstart"), lines.get(0));
        assertContains(lines, "[blocking] created table person");
        assertContains(lines, "[blocking] inserted 1 row: Ada Lovelace");
        assertContains(lines, "[blocking] transaction committed 2 rows: Grace Hopper, Alan Turing");
        assertContains(lines, "[blocking] transaction rolled back (changed my mind): Nobody was not kept");
        assertContains(lines, "[blocking] born before 1900: Ada Lovelace (1815)");
        assertContains(lines, "[blocking] person has 3 rows");
        assertContains(lines, "[reactive] inserted 1 row: Katherine Johnson");
        assertContains(lines, "[reactive] transaction committed 2 rows: Edsger Dijkstra, Barbara Liskov");
        assertContains(lines, "[reactive] transaction rolled back (changed my mind): Nobody was not kept");
        assertContains(lines, "[reactive] born in 1900 or later: Grace Hopper (1906)");
        assertContains(lines, "[reactive] born in 1900 or later: Barbara Liskov (1939)");
        assertContains(lines, "[reactive] streamed 6 names, 2 per fetch: Ada Lovelace, Grace Hopper, Alan Turing, "
                + "Katherine Johnson, Edsger Dijkstra, Barbara Liskov");
        assertContains(lines, "[reactive] person has 6 rows");
        assertEquals("Closed the database. Done.", lines.get(lines.size() - 1));

        assertNoNewNonDaemonThreads(before);
    }

    private static List<String> runMain() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            Quickstart.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        saved.print(text);
        return text.lines().collect(Collectors.toList());
    }

    private static void assertContains(List<String> lines, String expected) {
        assertTrue(lines.contains(expected), () -> "missing line: " + expected + "\nin:\n" + String.join("\n", lines));
    }

    private static Set<Thread> liveNonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon())
                .collect(Collectors.toSet());
    }

    private static void assertNoNewNonDaemonThreads(Set<Thread> before) throws InterruptedException {
        Set<Thread> extra = Set.of();
        for (int i = 0; i < 50; i++) { // threads may take a moment to finish after close()
            extra = liveNonDaemonThreads().stream().filter(t -> !before.contains(t)).collect(Collectors.toSet());
            if (extra.isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
        assertTrue(extra.isEmpty(), "non-daemon threads left after close(): " + extra);
    }
}
