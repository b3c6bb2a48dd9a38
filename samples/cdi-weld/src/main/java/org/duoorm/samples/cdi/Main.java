package org.duoorm.samples.cdi;

import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/** Boots Weld SE, uses both databases, and shuts down (which closes both databases and their pools). */
public final class Main {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Main() {
    }

    public static void main(String[] args) {
        try (SeContainer container = SeContainerInitializer.newInstance().initialize()) {
            run(container, System.out);
        }
    }

    static void run(SeContainer container, PrintStream out) {
        CatalogService catalog = container.select(CatalogService.class).get();
        catalog.put("ENGINE-1", "Analytical Engine", new BigDecimal("1843.00"));
        catalog.put("LOOM-1", "Jacquard Loom", new BigDecimal("1804.00"));
        out.println("catalog: " + catalog.names());
        out.println("price of ENGINE-1: " + catalog.price("ENGINE-1").orElseThrow());

        OrderService orders = container.select(OrderService.class).get();
        String id = orders.place("ENGINE-1", 2).await().atMost(TIMEOUT);
        out.println("placed order " + id.length() + "-char id");
        try {
            orders.place("LOOM-1", 0).await().atMost(TIMEOUT);
        } catch (IllegalArgumentException e) {
            out.println("rejected: " + e.getMessage() + " (rolled back)");
        }
        out.println("orders: " + orders.count());
        List<String> lines = orders.describeAll().collect().asList().await().atMost(TIMEOUT);
        out.println("order lines: " + lines);
    }
}
