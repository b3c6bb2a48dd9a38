package org.duoorm.internal.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON path function H2 lacks, installed as {@value #NAME} by {@code Models.schema(db).create()} on H2
 * when a model has a JSON column, so that JSON path conditions and sort keys work there as on PostgreSQL
 * and MariaDB. H2 calls it with the column's JSON text and the steps DuoORM binds, as a JSON array in
 * which a string is an object key and a number an array index ({@code ["tags", 1]}); it returns what
 * {@link SqlDialect#jsonPath} promises on every database. Public only because H2 calls it by name.
 */
public final class H2JsonFunctions {
    /** The SQL name of the function. */
    static final String NAME = "DUOORM_JSON_TEXT";

    /** What creates it; H2 keeps it in the database, so {@code IF NOT EXISTS} makes repeating it harmless. */
    static final String CREATE = "CREATE ALIAS IF NOT EXISTS " + NAME + " DETERMINISTIC FOR '"
            + H2JsonFunctions.class.getName() + ".text'";

    private H2JsonFunctions() {
    }

    /**
     * @param json a JSON document's text, or null
     * @param steps the steps as a JSON array of keys (strings) and indexes (numbers), or null
     * @return the text at the path, or null: a string without its quotes, a number in plain notation, true or
     *         false, an object or array as its JSON text, NULL for JSON null, a missing key or index, a key on
     *         an array or an index on anything else than an array
     */
    public static String text(String json, String steps) {
        if (json == null || steps == null) {
            return null;
        }
        try (JsonParser p = JsonText.parser(json)) {
            p.nextToken();
            for (Object step : (List<?>) JsonText.read(steps)) {
                if (!(step instanceof String key ? member(p, key) : element(p, ((Number) step).intValue()))) {
                    return null;
                }
            }
            return scalarOrText(p, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves to the value of the first member named {@code key}, as MariaDB's JSON_EXTRACT finds it. */
    private static boolean member(JsonParser p, String key) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return false;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            boolean found = p.currentName().equals(key);
            p.nextToken();
            if (found) {
                return true;
            }
            p.skipChildren();
        }
        return false;
    }

    private static boolean element(JsonParser p, int index) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            return false;
        }
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            if (i == index) {
                return true;
            }
            p.skipChildren();
        }
        return false;
    }

    private static String scalarOrText(JsonParser p, String json) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> JsonText.plainNumber(p.getText());
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case START_OBJECT, START_ARRAY -> {
                int start = (int) p.currentTokenLocation().getCharOffset();
                p.skipChildren();
                yield json.substring(start, (int) p.currentLocation().getCharOffset());
            }
            default -> null;
        };
    }
}
