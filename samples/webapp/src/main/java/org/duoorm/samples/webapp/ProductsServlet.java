package org.duoorm.samples.webapp;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Blocking endpoints on the catalog:
 * {@code GET /products?prefix=&page=&size=} (pages count from 1), {@code POST /products} (sku, name, price),
 * {@code POST /products/price} (sku, price) and {@code POST /products/failing} (sku, name, price),
 * which writes and then fails, so that nothing of it remains.
 */
@WebServlet(urlPatterns = {"/products", "/products/*"})
public class ProductsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CatalogService catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Json.send(response, 200, Pages.json(catalog.page(Requests.prefix(request), Requests.number(request, "page", 1),
                    Requests.number(request, "size", 10))));
        } catch (RuntimeException e) {
            Requests.fail(response, e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        try {
            switch (path) {
                case "/" -> {
                    Product created = catalog.create(Requests.text(request, "sku"), Requests.text(request, "name"),
                            Requests.decimal(request, "price"));
                    Json.send(response, 201, created.toMap());
                }
                case "/price" -> Json.send(response, 200,
                        Map.of("updated", catalog.reprice(Requests.text(request, "sku"), Requests.decimal(request, "price"))));
                case "/failing" -> catalog.createThenFail(Requests.text(request, "sku"), Requests.text(request, "name"),
                        Requests.decimal(request, "price"));
                default -> Json.send(response, 404, Map.of("error", "no such endpoint: " + path));
            }
        } catch (RuntimeException e) {
            Requests.fail(response, e);
        }
    }
}
