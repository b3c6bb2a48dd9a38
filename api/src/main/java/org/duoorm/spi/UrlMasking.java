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
