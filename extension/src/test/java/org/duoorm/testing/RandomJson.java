package org.duoorm.testing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random JSON values for property tests, in the form DuoORM reads them back: objects are maps with text
 * keys, arrays are lists, integers are Integer, Long or BigInteger by size, decimals are finite doubles
 * (never -0.0, which PostgreSQL cannot keep), text holds every kind of character (quotes, backslashes,
 * control characters, JSON path syntax, non-ASCII, surrogate pairs) except U+0000, which PostgreSQL
 * refuses in JSONB.
 */
public final class RandomJson {
    private static final String SYNTAX = "\"\\/'$.[]{}:, *@?-";
    private static final double[] DOUBLES = {0.0, 1.0, -1.0, 0.1, -2.5, 1e20, 1e-7, 123456.789, Double.MIN_VALUE,
        -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, Math.PI, 1e300, 9007199254740993.0};
    private static final long[] LONGS = {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE + 1L,
        Integer.MIN_VALUE - 1L, Long.MAX_VALUE, Long.MIN_VALUE, 9007199254740993L};
    private static final BigInteger[] BIG = {BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE),
        BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE), BigInteger.TWO.pow(100).negate(), BigInteger.TEN.pow(40)};

    private final Random random;

    /** @param seed the seed; the same seed gives the same values */
    public RandomJson(long seed) {
        this.random = new Random(seed);
    }

    /** An object with up to five members, nested up to {@code depth} levels. */
    public Map<String, Object> object(int depth) {
        Map<String, Object> m = new LinkedHashMap<>();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            m.put(string(), value(depth - 1));
        }
        return m;
    }

    /** An array with up to five elements, nested up to {@code depth} levels. */
    public List<Object> array(int depth) {
        List<Object> l = new ArrayList<>();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            l.add(value(depth - 1));
        }
        return l;
    }

    /** Any value: an object or array while {@code depth} allows, otherwise a scalar. */
    public Object value(int depth) {
        int k = random.nextInt(depth > 0 ? 10 : 7);
        return switch (k) {
            case 0, 1 -> string();
            case 2 -> integer();
            case 3 -> decimal();
            case 4 -> random.nextBoolean();
            case 5 -> null;
            case 6 -> random.nextBoolean() ? string() : integer();
            case 7, 8 -> object(depth);
            default -> array(depth);
        };
    }

    /** An integer as DuoORM reads it back: Integer, Long or BigInteger by size. */
    public Number integer() {
        int k = random.nextInt(5);
        if (k == 0) {
            return BIG[random.nextInt(BIG.length)];
        }
        long v = k == 1 ? LONGS[random.nextInt(LONGS.length)] : k == 2 ? random.nextLong() : random.nextInt(2000) - 1000;
        return v == (int) v ? (Number) (int) v : (Number) v;
    }

    /** A finite double other than -0.0, at the edges or anywhere. */
    public Double decimal() {
        int k = random.nextInt(3);
        double d;
        if (k == 0) {
            d = DOUBLES[random.nextInt(DOUBLES.length)];
        } else if (k == 1) {
            d = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20);
        } else {
            do {
                d = Double.longBitsToDouble(random.nextLong());
            } while (!Double.isFinite(d));
        }
        return d == 0 ? 0.0 : d;
    }

    /** Text of up to twelve characters of every kind. */
    public String string() {
        int n = random.nextInt(13);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(7)) {
                case 0 -> s.append((char) (0x20 + random.nextInt(0x5f)));
                case 1 -> s.append(SYNTAX.charAt(random.nextInt(SYNTAX.length())));
                case 2 -> s.append((char) (random.nextBoolean() ? 1 + random.nextInt(0x1f) : 0x7f));
                case 3 -> s.append((char) (0x80 + random.nextInt(0x80)));
                case 4 -> s.append("\u2028\u2029\ufeff\ufffd\uffff\u00e9\u4e2d".charAt(random.nextInt(7)));
                case 5 -> s.appendCodePoint(0x10000 + random.nextInt(0x100000));
                default -> s.append(bmp());
            }
        }
        return s.toString();
    }

    private char bmp() {
        char c;
        do {
            c = (char) (0x100 + random.nextInt(0xff00));
        } while (Character.isSurrogate(c));
        return c;
    }
}
