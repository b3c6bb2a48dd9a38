package org.duoorm.samples.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the sample on embedded H2 and checks what it prints, so the sample cannot rot. */
class MainTest {
    @Test
    void runsWithTwoDatabases() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SeContainer container = SeContainerInitializer.newInstance().initialize();
                PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            Main.run(container, out);
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of(
                "catalog: [Analytical Engine, Jacquard Loom]",
                "price of ENGINE-1: 1843.00",
                "placed order 36-char id",
                "rejected: quantity must be positive: 0 (rolled back)",
                "orders: 1",
                "order lines: [2 x ENGINE-1]"), lines);
    }
}
