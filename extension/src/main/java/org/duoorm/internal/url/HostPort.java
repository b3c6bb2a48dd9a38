package org.duoorm.internal.url;

import java.util.function.Function;

/** A host and port read from the authority part of a URL; IPv6 literals in brackets are allowed. */
final class HostPort {
    final String host;
    final int port;

    private HostPort(String host, int port) {
        this.host = host;
        this.port = port;
    }

    static HostPort parse(String s, int defaultPort, Function<String, RuntimeException> error) {
        String host = s;
        String port = null;
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            if (end < 0) {
                throw error.apply("the IPv6 host has no closing ']'");
            }
            host = s.substring(1, end);
            if (s.length() > end + 1) {
                if (s.charAt(end + 1) != ':') {
                    throw error.apply("unexpected text after the IPv6 host");
                }
                port = s.substring(end + 2);
            }
        } else if (s.contains(":")) {
            host = s.substring(0, s.indexOf(':'));
            port = s.substring(s.indexOf(':') + 1);
        }
        if (host.isEmpty()) {
            throw error.apply("it names no host");
        }
        return new HostPort(host, port == null || port.isEmpty() ? defaultPort : parsePort(port, error));
    }

    private static int parsePort(String port, Function<String, RuntimeException> error) {
        try {
            int p = Integer.parseInt(port);
            if (p < 1 || p > 65535) {
                throw error.apply("the port " + p + " is outside 1..65535");
            }
            return p;
        } catch (NumberFormatException e) {
            throw error.apply("the port '" + port + "' is not a number");
        }
    }
}
