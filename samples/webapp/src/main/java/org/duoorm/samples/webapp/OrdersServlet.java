package org.duoorm.samples.webapp;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Reactive endpoints on the orders, answered asynchronously from a {@code Uni}:
 * {@code GET /orders?prefix=&page=&size=} (pages count from 1), {@code POST /orders} (sku, quantity), {@code POST /orders/ship} (id)
 * and {@code POST /orders/failing} (sku, quantity), which writes and then fails, so that nothing of it remains.
 */
@WebServlet(urlPatterns = {"/orders", "/orders/*"}, asyncSupported = true)
public class OrdersServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient OrderService orders;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Requests.reply(request, 200, orders.page(Requests.prefix(request), Requests.number(request, "page", 1),
                    Requests.number(request, "size", 10)).map(Pages::json));
        } catch (RuntimeException e) {
            Requests.fail(response, e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        try {
            switch (path) {
                case "/" -> Requests.reply(request, 201,
                        orders.place(Requests.text(request, "sku"), Requests.number(request, "quantity", 1)).map(PurchaseOrder::toMap));
                case "/ship" -> Requests.reply(request, 200,
                        orders.ship(Long.parseLong(Requests.text(request, "id"))).map(n -> Map.of("updated", n)));
                case "/failing" -> Requests.reply(request, 200,
                        orders.placeThenFail(Requests.text(request, "sku"), Requests.number(request, "quantity", 1)));
                default -> Json.send(response, 404, Map.of("error", "no such endpoint: " + path));
            }
        } catch (RuntimeException e) {
            Requests.fail(response, e);
        }
    }
}
