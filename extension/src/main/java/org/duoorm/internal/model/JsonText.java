package org.duoorm.internal.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text to and from Java values, through Jackson's streaming API; every JSON decision of DuoORM is here.
 *
 * <p>Writing takes a {@code Map} with text keys (an object), an {@code Iterable} or {@code Object[]} (an
 * array), a {@code String}, {@code Boolean}, null, and the numbers {@code Integer}, {@code Long},
 * {@code Short}, {@code Byte}, {@code BigInteger}, {@code Double}, {@code Float} and {@code BigDecimal}.
 * Anything else, a NaN or infinite number and text that is not valid Unicode (a lone surrogate) are
 * refused ({@link Codec.Refused}, naming where in the value), never written as {@code toString()}.
 * Numbers are written in plain notation, never with an exponent, and a double always with a fraction
 * ({@code 1e20} as {@code 100000000000000000000.0}), so the three databases give the same text for them.
 *
 * <p>Reading gives objects as {@code LinkedHashMap}, arrays as {@code ArrayList}, integers as
 * {@code Integer}, {@code Long} or {@code BigInteger} by size, decimals as {@code Double} when the double
 * is that very number and as {@code BigDecimal} when it is not (more digits than a double holds, or out
 * of its range), true/false as {@code Boolean} and null as null. An object with the same key twice is
 * refused: the databases disagree on which one counts.
 */
final class JsonText {
    /**
     * Jackson's default limits (numbers of 1,000 digits, 1,000 levels of nesting), except for the length of
     * text, which a JSON column may hold beyond 20 million characters.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();

    private JsonText() {
    }

    /**
     * @param value a value of the types above, may be null
     * @return its JSON text
     * @throws Codec.Refused when the value or anything inside it has no JSON form
     */
    static String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(value, g, new StringBuilder("$"));
        } catch (StreamConstraintsException e) {
            throw new Codec.Refused("the value is nested deeper than JSON text may be (" + e.getOriginalMessage()
                    + "); a map or list that contains itself never ends");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(Object v, JsonGenerator g, StringBuilder at) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(unicode(s, at));
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Number n) {
            number(n, g, at);
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw refused(at, "has a key of type " + typeOf(e.getKey()) + "; JSON object keys are text (String)");
                }
                g.writeFieldName(unicode(key, at));
                int mark = at.length();
                write(e.getValue(), g, step(at, key));
                at.setLength(mark);
            }
            g.writeEndObject();
        } else if (v instanceof Iterable<?> || v instanceof Object[]) {
            g.writeStartArray();
            int i = 0;
            for (Object item : v instanceof Object[] a ? java.util.Arrays.asList(a) : (Iterable<?>) v) {
                int mark = at.length();
                write(item, g, at.append('[').append(i++).append(']'));
                at.setLength(mark);
            }
            g.writeEndArray();
        } else {
            throw refused(at, "is a " + typeOf(v) + ", which JSON has no type for; JSON values are Map (with String keys), "
                    + "List, String, Boolean, Integer, Long, Short, Byte, BigInteger, Double, Float, BigDecimal and null: "
                    + "convert it first (to a String, for example)");
        }
    }

    private static void number(Number n, JsonGenerator g, StringBuilder at) throws IOException {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            g.writeNumber(n.longValue());
        } else if (n instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (n instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (n instanceof Double || n instanceof Float) {
            if (!Double.isFinite(n.doubleValue())) {
                throw refused(at, "is " + n + ", and JSON has no NaN or Infinity: store null, a String or a finite number");
            }
            // Float.toString(0.1f) is 0.1, not the double 0.10000000149011612; 1.0E-7 is 0.0000001, not 0.00000010.
            String plain = new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
            g.writeNumber(plain.indexOf('.') < 0 ? plain + ".0" : plain);
        } else {
            throw refused(at, "is a " + typeOf(n) + ", which DuoORM does not write as JSON: convert it to a Long, "
                    + "Double or BigDecimal first");
        }
    }

    /** Text as it is, when it is valid Unicode: a lone surrogate would reach the database as '?'. */
    private static String unicode(String s, StringBuilder at) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw refused(at, "holds text with a lone surrogate at index " + i + ", which is no Unicode character");
            }
        }
        return s;
    }

    private static StringBuilder step(StringBuilder at, String key) {
        String shown = key.length() > 40 ? key.substring(0, 40) + "..." : key;
        return at.append('.').append('"').append(JsonStringEncoder.getInstance().quoteAsString(shown)).append('"');
    }

    private static Codec.Refused refused(StringBuilder at, String what) {
        return new Codec.Refused("the value at " + at + " " + what);
    }

    private static String typeOf(Object o) {
        return o == null ? "null" : o.getClass().getName();
    }

    /**
     * @param text JSON text, not null
     * @return its value (see the class comment)
     * @throws Codec.Refused when it is no JSON text, saying where and why without quoting it
     */
    static Object read(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() == null) {
                throw new Codec.Refused("the JSON text is empty");
            }
            Object value = value(p);
            if (p.nextToken() != null) {
                throw invalid(p.currentTokenLocation(), "more text follows the value");
            }
            return value;
        } catch (JsonEOFException e) {
            throw invalid(e.getLocation(), "the text ends inside a value");
        } catch (StreamConstraintsException e) {
            throw new Codec.Refused("the JSON text is beyond what DuoORM reads: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw invalid(e.getLocation(), redacted(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object value(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case START_OBJECT -> object(p);
            case START_ARRAY -> array(p);
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getNumberValue();
            case VALUE_NUMBER_FLOAT -> decimal(p.getDecimalValue());
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw invalid(p.currentTokenLocation(), "a value was expected");
        };
    }

    private static Map<String, Object> object(JsonParser p) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            if (m.containsKey(key)) {
                throw invalid(p.currentTokenLocation(), "an object has the same key twice, and the databases disagree on which one counts");
            }
            m.put(key, value(p));
        }
        return m;
    }

    private static List<Object> array(JsonParser p) throws IOException {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            list.add(value(p));
        }
        return list;
    }

    /** A Double when it is that very number (0.1 is the double 0.1 prints as), otherwise the exact BigDecimal. */
    static Number decimal(BigDecimal d) {
        double v = d.doubleValue();
        return Double.isFinite(v) && new BigDecimal(Double.toString(v)).compareTo(d) == 0 ? (Number) (v == 0 ? 0.0 : v) : d;
    }

    /** Jackson's reason without the text it quotes ('...'), which may be anything. */
    private static String redacted(String message) {
        String m = message == null ? "not valid JSON" : message.replaceAll("'[^']*'", "'…'");
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    /** Where and why, never the text: it may hold anything. */
    private static Codec.Refused invalid(JsonLocation at, String why) {
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new Codec.Refused("invalid JSON text" + where + " (" + why + ")");
    }

    /** The text of a JSON number in plain notation, as PostgreSQL prints its numbers: {@code 1E+2} is {@code 100}. */
    static String plainNumber(String jsonNumber) {
        return new BigDecimal(jsonNumber).toPlainString();
    }

    /** A key as the content of a JSON (or SQL/JSON path) string literal, without the quotes. */
    static String quoted(String key) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(key));
    }

    /** A new parser over JSON text, for {@link H2JsonFunctions}. */
    static JsonParser parser(String text) throws IOException {
        return FACTORY.createParser(text);
    }
}
