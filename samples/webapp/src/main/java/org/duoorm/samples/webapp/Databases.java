package org.duoorm.samples.webapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Locale;
import org.duoorm.DatabaseConfig;
import org.duoorm.DuoDatabase;

/**
 * The application's two databases. The URL of each comes from the system property
 * {@code duoorm.webapp.<name>.url}, else the environment variable {@code DUOORM_WEBAPP_<NAME>_URL},
 * else an embedded H2 database, so the same WAR runs on H2 or on PostgreSQL and MariaDB.
 */
@ApplicationScoped
public class Databases {

    /** The product catalog, used blocking. Connected at deployment, so a bad URL fails the deployment. */
    @Produces
    @DuoDatabase("catalog")
    DatabaseConfig catalog() {
        return DatabaseConfig.url(url("catalog")).connectOnStartup(true).build();
    }

    /** The orders, used reactively. Connected at first use; the in-container TCK checks count its events. */
    @Produces
    @DuoDatabase("orders")
    DatabaseConfig orders(TckListener listener) {
        return DatabaseConfig.url(url("orders")).listener(listener).build();
    }

    static String url(String name) {
        String property = System.getProperty("duoorm.webapp." + name + ".url");
        if (property != null && !property.isBlank()) {
            return property;
        }
        String env = System.getenv("DUOORM_WEBAPP_" + name.toUpperCase(Locale.ROOT) + "_URL");
        return env != null && !env.isBlank() ? env : "h2:mem:duoorm_webapp_" + name;
    }
}
