package org.duoorm.spi;

import java.util.regex.Pattern;

/**
 * Hides passwords in URLs and messages. Used by the API and by implementations for every URL that
 * reaches a message, a log line or a {@code toString()}.
 */
public final class UrlMasking {
    private static final Pattern USER_INFO = Pattern.compile("(://[^:/@?#\\s]*):[^@/\\s]*@");
    private static final Pattern PASSWORD_PARAM =
            Pattern.compile("(?i)((?:password|passwd|pwd|sslpassword|ssl[_-]?key[_-]?password)=)[^&;\\s]*");

    private UrlMasking() {
    }

    /**
     * Where the user information of a URL ends, after its {@code scheme://}: the {@code '@'} before the host. The
     * password may hold any character, {@code '@'}, {@code '/'}, {@code '?'} and spaces included, so this is the last
     * {@code '@'} before the query that a host and a {@code '/'} follow; failing that (a {@code '?'} in the password),
     * the last {@code '@'} anywhere that a host and a {@code '/'} follow; failing both, the last {@code '@'} before the
     * query. The URL parser and the masking both use it.
     *
     * @param rest the URL after {@code ://}, not null
     * @return the index of that {@code '@'} in {@code rest}, or -1 when there is none
     */
    public static int userInfoEnd(String rest) {
        int q = rest.indexOf('?');
        int at = rest.lastIndexOf('@', q < 0 ? rest.length() : q);
        if (at >= 0 && hostThenSlash(rest, at)) {
            return at;
        }
        for (int i = rest.lastIndexOf('@'); i >= 0; i = rest.lastIndexOf('@', i - 1)) {
            if (hostThenSlash(rest, i)) {
                return i;
            }
        }
        return at; // no host follows any '@' (a broken URL): the last '@' before the query, or -1
    }

    private static boolean hostThenSlash(String rest, int at) {
        int slash = rest.indexOf('/', at + 1);
        int q = rest.indexOf('?', at + 1);
        return slash > at + 1 && (q < 0 || slash < q) && rest.substring(at + 1, slash).indexOf('@') < 0;
    }

    /**
     * Masks the password of one URL as DuoORM's URL parser reads it ({@link #userInfoEnd}), and {@code password=}
     * parameters; a URL whose host cannot be told has everything between {@code ://} and its last {@code '@'} masked.
     *
     * @param url may be null
     * @return the URL with its password replaced by {@code ***}, or null for null
     */
    public static String maskUrl(String url) {
        if (url == null) {
            return null;
        }
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return mask(url);
        }
        String head = url.substring(0, scheme + 3);
        String rest = url.substring(scheme + 3);
        int at = userInfoEnd(rest);
        if (at < 0) {
            at = rest.lastIndexOf('@');
        }
        if (at >= 0) {
            String info = rest.substring(0, at);
            int c = info.indexOf(':');
            String user = c >= 0 ? info.substring(0, c) : info;
            rest = user + (c >= 0 ? ":***" : "") + rest.substring(at);
        }
        return head + PASSWORD_PARAM.matcher(rest).replaceAll("$1***");
    }

    /**
     * Masks the password parts of a URL or of a text that contains URLs.
     *
     * @param text may be null
     * @return the text with every password replaced by {@code ***}, or null for null
     */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String s = USER_INFO.matcher(text).replaceAll("$1:***@");
        return PASSWORD_PARAM.matcher(s).replaceAll("$1***");
    }

    /**
     * Removes one known secret from a text, for driver messages that echo it in unforeseen places.
     *
     * @param text may be null
     * @param secret may be null or empty, then nothing is removed
     * @return the cleaned text
     */
    public static String scrub(String text, String secret) {
        String masked = mask(text);
        if (masked == null || secret == null || secret.length() < 3) {
            return masked;
        }
        return masked.replace(secret, "***");
    }
}
