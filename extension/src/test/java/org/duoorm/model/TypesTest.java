package org.duoorm.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.duoorm.Database;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.testing.TestDatabases;

/** Every supported Java type round-trips, NULL included, and works in conditions. */
@SuppressWarnings("try")
class TypesTest {

    public enum Colour { RED, GREEN, BLUE }

    @Table(name = "m_types_bag")
    public static class Bag extends Model<Bag> {
        @Id
        @GeneratedValue
        public UUID id;
        public String text;
        @Lob
        public String longText;
        public Integer anInt;
        public long aLong;
        public Short aShort;
        public Byte aByte;
        public Double aDouble;
        public float aFloat;
        @Column(precision = 20, scale = 4)
        public BigDecimal money;
        public BigInteger big;
        public Boolean flag;
        public boolean done;
        @Enumerated(EnumType.STRING)
        public Colour byName;
        public Colour byOrdinal;
        public UUID ref;
        public LocalDate day;
        public LocalTime time;
        public LocalDateTime local;
        public Instant instant;
        public OffsetDateTime offset;
        public byte[] data;
    }

    private static Bag full() {
        Bag b = new Bag();
        b.text = "text ünïcødé";
        b.longText = "x".repeat(100_000);
        b.anInt = Integer.MIN_VALUE;
        b.aLong = Long.MAX_VALUE;
        b.aShort = Short.MAX_VALUE;
        b.aByte = Byte.MIN_VALUE;
        b.aDouble = 1.5e300;
        b.aFloat = 2.5f;
        b.money = new BigDecimal("1234567890123456.1234");
        b.big = new BigInteger("12345678901234567890");
        b.flag = true;
        b.done = true;
        b.byName = Colour.BLUE;
        b.byOrdinal = Colour.GREEN;
        b.ref = UUID.randomUUID();
        b.day = LocalDate.of(1815, 12, 10);
        b.time = LocalTime.of(23, 59, 58, 123_456_000);
        b.local = LocalDateTime.of(2024, 2, 29, 12, 30, 45, 123_456_000);
        b.instant = Instant.parse("2030-01-02T03:04:05.678901Z");
        b.offset = OffsetDateTime.of(2021, 6, 1, 8, 0, 0, 0, ZoneOffset.ofHours(2));
        b.data = new byte[70_000];
        for (int i = 0; i < b.data.length; i++) {
            b.data[i] = (byte) i;
        }
        return b;
    }

    @Everywhere
    void everyTypeRoundTrips(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Bag.class)) {
            Bag b = full();
            way.call(b::save, () -> b.reactive().save());
            assertNotNull(b.id, "UUID key generated");
            Bag r = way.call(() -> TypesTest_Bag_.get(b.id), () -> TypesTest_Bag_.reactive().get(b.id)).orElseThrow();
            assertEquals(b.text, r.text);
            assertEquals(b.longText, r.longText);
            assertEquals(b.anInt, r.anInt);
            assertEquals(b.aLong, r.aLong);
            assertEquals(b.aShort, r.aShort);
            assertEquals(b.aByte, r.aByte);
            assertEquals(b.aDouble, r.aDouble);
            assertEquals(b.aFloat, r.aFloat);
            assertEquals(0, b.money.compareTo(r.money), r.money.toString());
            assertEquals(b.big, r.big);
            assertEquals(b.flag, r.flag);
            assertEquals(b.done, r.done);
            assertEquals(Colour.BLUE, r.byName);
            assertEquals(Colour.GREEN, r.byOrdinal);
            assertEquals(b.ref, r.ref);
            assertEquals(b.day, r.day);
            assertEquals(b.time, r.time);
            assertEquals(b.local, r.local);
            assertEquals(b.instant, r.instant);
            assertEquals(b.offset.toInstant(), r.offset.toInstant());
            assertArrayEquals(b.data, r.data);
            List<Object> stored = db.query("SELECT by_name, by_ordinal FROM m_types_bag").get(0).toMap().values().stream().toList();
            assertEquals("BLUE", stored.get(0));
            assertEquals(1, ((Number) stored.get(1)).intValue());
        }
    }

    @Everywhere
    void nullsRoundTrip(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Bag.class)) {
            Bag b = new Bag();
            way.call(b::save, () -> b.reactive().save());
            Bag r = TypesTest_Bag_.get(b.id).orElseThrow();
            assertNull(r.text);
            assertNull(r.longText);
            assertNull(r.anInt);
            assertEquals(0L, r.aLong);
            assertNull(r.money);
            assertNull(r.big);
            assertNull(r.flag);
            assertNull(r.byName);
            assertNull(r.byOrdinal);
            assertNull(r.ref);
            assertNull(r.day);
            assertNull(r.time);
            assertNull(r.local);
            assertNull(r.instant);
            assertNull(r.offset);
            assertNull(r.data);
            Bag f = full();
            f.save();
            f.update(Map.of("text", "changed"));
            Map<String, Object> nulls = new java.util.HashMap<>();
            nulls.put("money", null);
            nulls.put("byName", null);
            nulls.put("instant", null);
            f.update(nulls);
            Bag r2 = TypesTest_Bag_.get(f.id).orElseThrow();
            assertNull(r2.money);
            assertNull(r2.byName);
            assertNull(r2.instant);
            assertEquals("changed", r2.text);
        }
    }

    @Everywhere
    void typedConditions(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Bag.class)) {
            Bag b = full();
            b.save();
            Bag other = new Bag();
            other.byName = Colour.RED;
            other.byOrdinal = Colour.RED;
            other.instant = Instant.parse("2000-01-01T00:00:00Z");
            other.day = LocalDate.of(2000, 1, 1);
            other.money = BigDecimal.ONE;
            other.save();
            List<Query<Bag>> one = List.of(
                    TypesTest_Bag_.where(TypesTest_Bag_.byName.eq(Colour.BLUE)),
                    TypesTest_Bag_.where(TypesTest_Bag_.byOrdinal.in(Colour.GREEN, Colour.BLUE)),
                    TypesTest_Bag_.where(TypesTest_Bag_.ref.eq(b.ref)),
                    TypesTest_Bag_.where(TypesTest_Bag_.id.eq(b.id)),
                    TypesTest_Bag_.where(TypesTest_Bag_.instant.gt(Instant.parse("2029-12-31T00:00:00Z"))),
                    TypesTest_Bag_.where(TypesTest_Bag_.day.lt(LocalDate.of(1900, 1, 1))),
                    TypesTest_Bag_.where(TypesTest_Bag_.money.gt(new BigDecimal("2.5"))),
                    TypesTest_Bag_.where(TypesTest_Bag_.offset.eq(b.offset)),
                    TypesTest_Bag_.where(TypesTest_Bag_.flag.eq(true)));
            for (Query<Bag> q : one) {
                assertEquals(b.id, way.call(q::one, () -> q.reactive().one()).id, q.sql());
            }
        }
    }
}
