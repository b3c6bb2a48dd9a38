package org.duoorm.samples.webapp;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.duoorm.Database;
import org.duoorm.DuoDatabase;

/**
 * {@code POST /tck}: runs the TCK's propagation, rollback-rule, reactive and retry scenarios inside the server,
 * on the "orders" database (the beans {@code Tck*} are the TCK's scenario beans, bound to it), one after the
 * other, and answers one line per check, {@code PASS name} or {@code FAIL name: message}, in plain text.
 * Not meant for concurrent calls: the checks count the database's events.
 */
@WebServlet("/tck")
public class TckServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    @DuoDatabase("orders")
    transient Database orders;
    @Inject
    transient TckListener listener;
    @Inject
    transient TckPropagationChecks propagation;
    @Inject
    transient TckRollbackChecks rollback;
    @Inject
    transient TckReactiveChecks reactive;

    @Override
    protected synchronized void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        TckLedger.create(orders);
        TckChecks checks = new TckChecks(orders, listener);
        propagation.run(checks);
        rollback.run(checks);
        reactive.run(checks);
        response.setStatus(200);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(String.join("\n", checks.results()) + "\n");
    }
}
