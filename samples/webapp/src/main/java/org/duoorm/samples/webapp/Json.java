package org.duoorm.samples.webapp;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Just enough JSON for the sample's responses, so the WAR needs no JSON provider from the server. */
final class Json {
    private Json() {
    }

    static void send(HttpServletResponse response, int status, Object value) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(write(value));
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value instanceof BigDecimal d ? d.toPlainString() : value.toString());
        } else if (value instanceof Map<?, ?> map) {
            appendAll(out, '{', map.entrySet().iterator(), '}');
        } else if (value instanceof List<?> list) {
            appendAll(out, '[', list.iterator(), ']');
        } else if (value instanceof Map.Entry<?, ?> e) {
            string(out, e.getKey().toString());
            out.append(':');
            append(out, e.getValue());
        } else {
            string(out, value.toString());
        }
    }

    private static void appendAll(StringBuilder out, char open, Iterator<?> items, char close) {
        out.append(open);
        while (items.hasNext()) {
            append(out, items.next());
            out.append(items.hasNext() ? "," : "");
        }
        out.append(close);
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
