package org.duoorm.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duoorm.testing.RandomJson;
import org.junit.jupiter.api.Test;

/** JsonText in memory: the reading and writing contracts, and a random round trip. */
class JsonTextTest {

    @Test
    void randomValuesRoundTrip() {
        long seed = Long.getLong("duoorm.json.seed", 7L);
        RandomJson random = new RandomJson(seed);
        for (int i = 0; i < 5_000; i++) {
            Object value = random.value(5);
            String text = JsonText.write(value);
            assertEquals(value, JsonText.read(text), "seed " + seed + ", value " + i + ": " + text);
            assertEquals(text, JsonText.write(JsonText.read(text)), "writing what was read gives the same text");
        }
    }

    @Test
    void readsObjectsArraysAndNumbersByTheContract() {
        Object v = JsonText.read(" {\"o\": {\"b\": 1, \"a\": 2}, \"l\": [true, false, null, \"s\"]} ");
        assertEquals(LinkedHashMap.class, v.getClass());
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals(List.of("b", "a"), new ArrayList<>(((Map<?, ?>) m.get("o")).keySet()), "key order kept");
        assertEquals(ArrayList.class, m.get("l").getClass());
        assertEquals(Arrays.asList(true, false, null, "s"), m.get("l"));
        assertEquals(2147483647, JsonText.read("2147483647"));
        assertEquals(2147483648L, JsonText.read("2147483648"));
        assertEquals(-9223372036854775808L, JsonText.read("-9223372036854775808"));
        assertEquals(new BigInteger("9223372036854775808"), JsonText.read("9223372036854775808"));
        assertEquals(0.1, JsonText.read("0.1"));
        assertEquals(100.0, JsonText.read("1e2"), "an exponent makes a decimal");
        assertEquals(1.0, JsonText.read("1.000"), "the same number as the double 1.0");
        assertEquals(0.0, JsonText.read("-0.0"), "no negative zero: PostgreSQL cannot keep it");
        assertEquals(Double.MIN_VALUE, JsonText.read("4.9E-324"));
        assertEquals(new BigDecimal("0.12345678901234567890"), JsonText.read("0.12345678901234567890"), "more digits than a double");
        assertEquals(new BigDecimal("1e400"), JsonText.read("1e400"), "beyond a double");
        assertEquals(new BigDecimal("1e-400"), JsonText.read("1e-400"), "below a double");
        assertEquals("\u0001\"\\/\ud83d\ude00", JsonText.read("\"\\u0001\\\"\\\\\\/\\ud83d\\ude00\""));
        assertNull(JsonText.read("null"));
    }

    @Test
    void writesNumbersInPlainNotation() {
        assertEquals("[1,-2,3,4,100000000000000000000.0,0.0000001,1.0,0.1,0.0,2.50,1000,12345678901234567890]",
                JsonText.write(List.of(1, -2L, (short) 3, (byte) 4, 1e20, 1e-7, 1.0, 0.1f, -0.0, new BigDecimal("2.50"),
                        new BigDecimal("1E+3"), new BigInteger("12345678901234567890"))));
        assertEquals("{\"k\":[\"a\",true,null]}", JsonText.write(Map.of("k", new Object[] {"a", true, null})));
        assertEquals("[\"x\"]", JsonText.write(Set.of("x")), "any Iterable is an array");
        assertEquals("\"\\u0000\\n\\t\\\"\\\\\u2028\ud83d\ude00\"", JsonText.write("\u0000\n\t\"\\\u2028\ud83d\ude00"));
    }

    @Test
    void refusesWhatJsonCannotHoldAndSaysWhere() {
        Map<String, Object> inner = new HashMap<>();
        inner.put("n", Arrays.asList(1, Double.NaN));
        Codec.Refused e = assertThrows(Codec.Refused.class, () -> JsonText.write(Map.of("outer", inner)));
        assertEquals("the value at $.\"outer\".\"n\"[1] is NaN, and JSON has no NaN or Infinity: store null, a String or a finite number",
                e.getMessage());
        assertTrue(assertThrows(Codec.Refused.class, () -> JsonText.write(List.of(Float.NEGATIVE_INFINITY))).getMessage()
                .contains("-Infinity"));
        assertTrue(assertThrows(Codec.Refused.class, () -> JsonText.write(List.of(java.util.UUID.randomUUID()))).getMessage()
                .contains("java.util.UUID, which JSON has no type for"));
        assertTrue(assertThrows(Codec.Refused.class, () -> JsonText.write(Map.of(1, "x"))).getMessage()
                .contains("has a key of type java.lang.Integer; JSON object keys are text"));
        assertTrue(assertThrows(Codec.Refused.class, () -> JsonText.write(List.of(new java.util.concurrent.atomic.AtomicInteger())))
                .getMessage().contains("AtomicInteger, which DuoORM does not write as JSON"));
        assertTrue(assertThrows(Codec.Refused.class, () -> JsonText.write(List.of("a\ud800b"))).getMessage().contains("lone surrogate"));
        assertTrue(assertThrows(Codec.Refused.class, () -> JsonText.write(Map.of("a\udc00", 1))).getMessage().contains("lone surrogate"));
        List<Object> self = new ArrayList<>();
        self.add(self);
        assertTrue(assertThrows(Codec.Refused.class, () -> JsonText.write(self)).getMessage().contains("contains itself"));
    }

    @Test
    void refusesInvalidTextWithoutQuotingIt() {
        for (String bad : List.of("", " ", "{\"pw\": \"hunter2\"", "{\"pw\": \"hunter2\",}", "[\"hunter2\",]", "{\"pw\": hunter2}",
                "{\"pw\": \"hunter2\"} x", "{\"pw\": \"hunter2\"} {}", "[01]", "[NaN]", "[\"\\x\"]", "[\"a\tb\"]", "{'pw': 1}",
                "{\"pw\": 1, \"pw\": 2}", "[1] \"hunter2\"")) {
            Codec.Refused e = assertThrows(Codec.Refused.class, () -> JsonText.read(bad), bad);
            assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
            assertTrue(e.getMessage().contains("JSON text"), e.getMessage());
        }
        assertEquals("invalid JSON text at line 2, column 7 (an object has the same key twice, and the databases disagree on which "
                + "one counts)", assertThrows(Codec.Refused.class, () -> JsonText.read("{\"a\": 1,\n \"a\": 2}")).getMessage());
        assertTrue(assertThrows(Codec.Refused.class, () -> JsonText.read("[".repeat(1001) + "]".repeat(1001))).getMessage()
                .contains("beyond what DuoORM reads"));
    }

    @Test
    void h2FunctionFollowsTypedSteps() {
        // H2 keeps duplicate keys; like MariaDB's JSON_EXTRACT, the function finds the first.
        String doc = "{\"0\": \"key\", \"a\": [\"x\", {\"b\": 1E2}, [1.50, true]], \"n\": null, \"a\": \"second\"}";
        assertEquals("key", H2JsonFunctions.text(doc, "[\"0\"]"));
        assertNull(H2JsonFunctions.text(doc, "[0]"), "an index on an object");
        assertNull(H2JsonFunctions.text(doc, "[\"a\", \"0\"]"), "a key on an array");
        assertEquals("x", H2JsonFunctions.text(doc, "[\"a\", 0]"));
        assertEquals("100", H2JsonFunctions.text(doc, "[\"a\", 1, \"b\"]"), "numbers in plain notation");
        assertEquals("[1.50, true]", H2JsonFunctions.text(doc, "[\"a\", 2]"), "an array as its text");
        assertEquals("1.50", H2JsonFunctions.text(doc, "[\"a\", 2, 0]"));
        assertEquals("true", H2JsonFunctions.text(doc, "[\"a\", 2, 1]"));
        assertNull(H2JsonFunctions.text(doc, "[\"a\", 3]"));
        assertNull(H2JsonFunctions.text(doc, "[\"n\"]"), "JSON null");
        assertNull(H2JsonFunctions.text(doc, "[\"missing\"]"));
        assertNull(H2JsonFunctions.text(null, "[\"a\"]"));
    }
}
