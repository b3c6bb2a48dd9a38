package org.duoorm.reliability;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generated values built to break out of a statement, break a driver's escaping, or break an encoding. */
final class Hostile {
    /** What a value is and what is accepted for it. */
    enum Kind {
        /** Text any database stores: must round-trip exactly. */
        TEXT(true),
        /** Text of hundreds of thousands of characters: must round-trip exactly. */
        HUGE(true),
        /** Text with a NUL character: PostgreSQL refuses it; either exact or a clear error. */
        NUL(false),
        /** Text with an unpaired UTF-16 surrogate, which no UTF-8 database can store: exact or a clear error. */
        BAD_UTF16(false),
        /** A 64-bit integer: must round-trip exactly. */
        LONG(true),
        /** A double, NaN and infinities included: exact or a clear error. */
        DOUBLE(false),
        /** A decimal for a {@code decimal(38,10)} column, some too large: exact or a clear error. */
        DECIMAL(false);

        final boolean mustRoundTrip;

        Kind(boolean mustRoundTrip) {
            this.mustRoundTrip = mustRoundTrip;
        }
    }

    /** One generated value. */
    static final class Value {
        final Kind kind;
        final Object value;

        Value(Kind kind, Object value) {
            this.kind = kind;
            this.value = value;
        }

        String column() {
            switch (kind) {
                case LONG: return "n";
                case DOUBLE: return "d";
                case DECIMAL: return "m";
                default: return "s";
            }
        }

        @Override
        public String toString() {
            String s = String.valueOf(value);
            return kind + ":" + (s.length() > 60 ? s.substring(0, 60) + "...(" + s.length() + " chars)" : s);
        }
    }

    private static final String[] FRAGMENTS = {
        "'", "''", "\\'", "\\\\", "\\", "\"", "`", "--", "-- x\n", "#", "/*", "*/", "/*!50000 select */", ";",
        "?", "??", ":name", ":1", "$1", "$$", "$tag$", "%", "_", "\n", "\r\n", "\t", "\b", "\u001a", "\\0",
        "' or '1'='1", "'); drop table rel_canary; --", "\\'); delete from rel_canary; #", "0x27", "char(39)",
        "é", "漢字", "😀", "👨‍👩‍👧", "\u202e", "\ufeff", "\u0085", "\u2028", "e\u0301", "\u00a0", "\uffff", "N'x'",
        "E'\\x27'", "U&'\\0027'", "{fn user()}", "{d '2020-01-01'}", "\\N", "NULL", "null", "", " ",
    };

    private static final long[] LONGS = {Long.MIN_VALUE, Long.MAX_VALUE, 0, -1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE,
        Integer.MIN_VALUE - 1L, Integer.MAX_VALUE + 1L, Long.MIN_VALUE + 1, Long.MAX_VALUE - 1};

    private static final double[] DOUBLES = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0,
        Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 0.1, 1e-300, 1e300, Math.PI};

    private static final String[] DECIMALS = {"0", "1E-10", "-1E-10", "123456789012345678901234567.8901234567",
        "-999999999999999999999999999.9999999999", "1E+27", "1E+28", "-1E+29", "0.0000000001", "42"};

    private Hostile() {
    }

    static List<Value> generate(long seed, int count) {
        Random r = new Random(seed);
        List<Value> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(one(r, i));
        }
        return out;
    }

    private static Value one(Random r, int i) {
        if (i % 150 == 149) {
            return new Value(Kind.HUGE, huge(r));
        }
        switch (r.nextInt(12)) {
            case 0: return new Value(Kind.NUL, text(r) + "\u0000" + text(r));
            case 1: return new Value(Kind.BAD_UTF16, text(r) + lone(r) + text(r));
            case 2: return new Value(Kind.LONG, r.nextBoolean() ? LONGS[r.nextInt(LONGS.length)] : r.nextLong());
            case 3: return new Value(Kind.DOUBLE, r.nextBoolean() ? DOUBLES[r.nextInt(DOUBLES.length)]
                    : Double.longBitsToDouble(r.nextLong()));
            case 4: return new Value(Kind.DECIMAL, new BigDecimal(DECIMALS[r.nextInt(DECIMALS.length)]));
            default: return new Value(Kind.TEXT, text(r));
        }
    }

    private static String text(Random r) {
        StringBuilder b = new StringBuilder();
        int parts = 1 + r.nextInt(8);
        for (int p = 0; p < parts; p++) {
            b.append(r.nextInt(3) == 0 ? Character.toString('a' + r.nextInt(26)) : FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
        }
        return b.toString();
    }

    private static String lone(Random r) {
        switch (r.nextInt(3)) {
            case 0: return "\ud800";
            case 1: return "\udc00";
            default: return "\udfff\ud83d";
        }
    }

    private static String huge(Random r) {
        int size = 100_000 + r.nextInt(900_000);
        StringBuilder b = new StringBuilder(size + 64);
        while (b.length() < size) {
            b.append(text(r));
        }
        return b.toString();
    }
}
