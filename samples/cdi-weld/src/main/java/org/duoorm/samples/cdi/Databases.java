package org.duoorm.samples.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.duoorm.DatabaseConfig;
import org.duoorm.DuoDatabase;

/**
 * The application's two databases. Each producer defines one; the DuoORM extension turns it into an
 * injectable {@code @DuoDatabase("...") Database}. The URLs default to embedded H2 and can be changed
 * with {@code -Dsample.catalog.url=...} and {@code -Dsample.orders.url=...}, for example
 * {@code postgresql://postgres@127.0.0.1:5432/test}.
 */
@ApplicationScoped
public class Databases {

    /** The product catalog, used blocking. Connected at startup, so a bad URL stops the application there. */
    @Produces
    @DuoDatabase("catalog")
    DatabaseConfig catalog() {
        return DatabaseConfig.url(url("catalog", "h2:mem:catalog")).connectOnStartup(true).build();
    }

    /** The orders, used reactively (and blocking where that is simpler). Connected at first use. */
    @Produces
    @DuoDatabase("orders")
    DatabaseConfig orders() {
        return DatabaseConfig.url(url("orders", "h2:mem:orders")).build();
    }

    private static String url(String name, String fallback) {
        return System.getProperty("sample." + name + ".url", fallback);
    }
}
