package org.duoorm.samples.webapp;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.CodeSource;
import java.util.LinkedHashMap;
import java.util.Map;
import org.duoorm.Database;
import org.duoorm.DuoDatabase;

/**
 * {@code GET /about}: each database's dialect, and where the libraries that a server might also ship
 * were loaded from, so a test can check that the WAR's own copies are the ones in use.
 */
@WebServlet("/about")
public class AboutServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String[] LIBRARIES = {
        "io.smallrye.mutiny.Uni", "io.vertx.core.Vertx", "io.vertx.pgclient.PgBuilder", "io.netty.channel.Channel",
        "io.agroal.api.AgroalDataSource", "org.duoorm.Database", "org.h2.Driver", "org.postgresql.Driver",
        "jakarta.persistence.Table",
    };

    @Inject
    @DuoDatabase("catalog")
    transient Database catalog;

    @Inject
    @DuoDatabase("orders")
    transient Database orders;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("catalog", catalog.dialect().toString());
        about.put("orders", orders.dialect().toString());
        Map<String, Object> loadedFrom = new LinkedHashMap<>();
        for (String name : LIBRARIES) {
            loadedFrom.put(name, origin(name));
        }
        about.put("loadedFrom", loadedFrom);
        Json.send(response, 200, about);
    }

    private static String origin(String className) {
        try {
            Class<?> type = Class.forName(className, false, AboutServlet.class.getClassLoader());
            CodeSource source = type.getProtectionDomain().getCodeSource();
            return source == null || source.getLocation() == null ? "unknown" : source.getLocation().toString();
        } catch (ClassNotFoundException e) {
            return "absent";
        }
    }
}
