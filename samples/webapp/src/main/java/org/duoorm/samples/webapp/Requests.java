package org.duoorm.samples.webapp;

import io.smallrye.mutiny.Uni;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.duoorm.ValidationException;

/** Request parameters and the mapping of results and failures to responses, shared by the servlets. */
final class Requests {
    private static final Logger LOG = Logger.getLogger(Requests.class.getName());

    private Requests() {
    }

    static String text(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing parameter: " + name);
        }
        return value;
    }

    /** @return the SKU prefix to list, with LIKE's wildcards refused */
    static String prefix(HttpServletRequest request) {
        String value = request.getParameter("prefix");
        if (value != null && (value.contains("%") || value.contains("_"))) {
            throw new IllegalArgumentException("prefix must not contain % or _");
        }
        return value == null ? "" : value;
    }

    static int number(HttpServletRequest request, String name, int fallback) {
        String value = request.getParameter(name);
        return value == null ? fallback : Integer.parseInt(value);
    }

    static BigDecimal decimal(HttpServletRequest request, String name) {
        return new BigDecimal(text(request, name));
    }

    /** Answers a failure the application expects with a status and message, and no stack trace in the log. */
    static void fail(HttpServletResponse response, Throwable failure) throws IOException {
        int status = failure instanceof RejectedException ? 409
                : failure instanceof IllegalArgumentException || failure instanceof ValidationException ? 400 : 500;
        if (status == 500) {
            LOG.log(Level.SEVERE, "DUOORM-WEBAPP-001: request failed", failure);
        }
        Json.send(response, status, Map.of("error", String.valueOf(failure.getMessage())));
    }

    /**
     * Completes an asynchronous request with a {@code Uni}'s outcome. The response is written on a
     * container thread ({@link AsyncContext#start}), not on the Vert.x event loop that emits the item.
     */
    static <T> void reply(HttpServletRequest request, int status, Uni<T> result) {
        AsyncContext async = request.startAsync();
        async.setTimeout(30_000);
        HttpServletResponse response = (HttpServletResponse) async.getResponse();
        result.subscribe().with(
                item -> async.start(() -> finish(async, () -> Json.send(response, status, item))),
                failure -> async.start(() -> finish(async, () -> fail(response, failure))));
    }

    private static void finish(AsyncContext async, IoAction write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            async.complete();
        }
    }

    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }
}
