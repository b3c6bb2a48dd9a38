package org.duoorm.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.duoorm.MappingException;
import org.junit.jupiter.api.Test;

/**
 * Number conversion between widths, the part of mapping that needs no database: exact values convert,
 * values that would lose a fraction or overflow are refused (the database-backed half, payloads written
 * blocking and reactive on every database, is in {@code CrudTest}).
 */
class NumericCodecTest {
    private static Object convert(Class<?> type, Object value) {
        return new Codec.Numeric(type).fromDb(value);
    }

    private static void refused(Class<?> type, Object value) {
        MappingException e = assertThrows(MappingException.class, () -> convert(type, value), type + " <- " + value);
        assertTrue(e.getMessage().contains(type.getSimpleName()) && e.getCause() instanceof ArithmeticException, e.getMessage());
    }

    @Test
    void exactValuesConvertToEveryWidth() {
        assertEquals(3, convert(Integer.class, 3.0));
        assertEquals(3, convert(Integer.class, new BigDecimal("3.000")));
        assertEquals(-7L, convert(Long.class, -7.0f));
        assertEquals((short) 300, convert(Short.class, 300));
        assertEquals((byte) -128, convert(Byte.class, -128L));
        assertEquals(Long.MAX_VALUE, convert(Long.class, new BigInteger(Long.toString(Long.MAX_VALUE))));
        assertEquals(new BigInteger("123456789012345678901234567890"), convert(BigInteger.class, new BigDecimal("123456789012345678901234567890")));
        assertEquals(new BigDecimal("0.1"), convert(BigDecimal.class, 0.1f), "a float's decimal form, not its binary expansion");
        assertEquals(new BigDecimal("2.5"), convert(BigDecimal.class, 2.5));
        assertEquals(0.1f, convert(Float.class, 0.1));
        assertEquals(12.0, convert(Double.class, 12L));
        assertEquals(Double.NaN, convert(Double.class, Float.NaN));
        assertEquals(Float.NEGATIVE_INFINITY, convert(Float.class, Double.NEGATIVE_INFINITY), "an infinity stays one");
        assertEquals(42, convert(Integer.class, " 42 "));
        assertEquals(1, convert(Integer.class, true));
    }

    @Test
    void lossyValuesAreRefused() {
        refused(Integer.class, 3.7);
        refused(Integer.class, 2_147_483_648L);
        refused(Integer.class, new BigDecimal("1.5"));
        refused(Integer.class, "1.5");
        refused(Long.class, 1e19);
        refused(Long.class, Double.NaN);
        refused(Long.class, new BigInteger("9223372036854775808"));
        refused(Short.class, 70_000);
        refused(Byte.class, 300);
        refused(Byte.class, -129.0);
        refused(Float.class, 1e300);
        refused(BigInteger.class, new BigDecimal("0.5"));
        refused(BigInteger.class, 2.5);
        refused(BigDecimal.class, Double.POSITIVE_INFINITY);
    }

    @Test
    void booleansAreWholeNumbersOrTrueFalseAndNothingElse() {
        Codec.Simple bool = new Codec.Simple(Boolean.class);
        for (Object yes : new Object[] {1, 1L, new BigDecimal("1.0"), 2, -1, "true", "T", " 1 ", "TRUE"}) {
            assertEquals(Boolean.TRUE, bool.fromDb(yes), String.valueOf(yes));
        }
        for (Object no : new Object[] {0, (short) 0, 0.0, "false", "f", "0"}) {
            assertEquals(Boolean.FALSE, bool.fromDb(no), String.valueOf(no));
        }
        for (Object bad : new Object[] {0.5, Double.NaN, "yes", "no", "", "2", "truthy"}) {
            MappingException e = assertThrows(MappingException.class, () -> bool.fromDb(bad), String.valueOf(bad));
            assertTrue(e.getMessage().contains("booleans"), e.getMessage());
        }
    }

    @Test
    void textTakesScalarsButNotMapsListsOrArrays() {
        Codec.Simple text = new Codec.Simple(String.class);
        assertEquals("42", text.fromDb(42));
        assertEquals("true", text.fromDb(true));
        for (Object bad : new Object[] {java.util.Map.of("a", 1), java.util.List.of("x"), new int[] {1}, new String[] {"a"}}) {
            MappingException e = assertThrows(MappingException.class, () -> text.fromDb(bad), String.valueOf(bad));
            assertTrue(e.getMessage().contains("no text value"), e.getMessage());
        }
    }
}
