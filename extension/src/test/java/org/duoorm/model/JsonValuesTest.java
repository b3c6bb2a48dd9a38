package org.duoorm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.duoorm.Database;
import org.duoorm.Dialect;
import org.duoorm.DuoOrmException;
import org.duoorm.MappingException;
import org.duoorm.ValidationException;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.testing.TestDatabases;

/** What JSON values DuoORM writes, refuses and reads, on every database, blocking and reactive. */
@SuppressWarnings("try")
class JsonValuesTest {

    @Table(name = "m_json_value")
    public static class Doc extends Model<Doc> {
        @Id
        @GeneratedValue
        public Long id;
        public String title;
        public Map<String, Object> attributes;
        public List<Object> items;
    }

    private static long count(Way way) {
        return way.call(JsonValuesTest_Doc_::count, () -> JsonValuesTest_Doc_.reactive().count());
    }

    @Everywhere
    void nanAndInfinityInAPayloadAreAValidationErrorAndNothingIsWritten(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Doc.class)) {
            Map<String, Object> payload = Map.of("title", "n", "attributes", Map.of("x", List.of(1, Double.NaN)));
            ValidationException e = assertThrows(ValidationException.class, () -> way.call(() -> JsonValuesTest_Doc_.create(payload),
                    () -> JsonValuesTest_Doc_.reactive().create(payload)));
            assertTrue(e.getMessage().contains("attributes") && e.getMessage().contains("NaN"), e.getMessage());
            assertEquals(0, count(way));
            Doc d = JsonValuesTest_Doc_.create(Map.of("title", "ok", "items", List.of(1)));
            Map<String, Object> update = Map.of("items", List.of(Map.of("f", Float.POSITIVE_INFINITY)));
            e = assertThrows(ValidationException.class, () -> way.call(() -> d.update(update), () -> d.reactive().update(update)));
            assertTrue(e.getMessage().contains("items") && e.getMessage().contains("Infinity"), e.getMessage());
            List<?> bulk = List.of(Map.of("title", "a", "items", List.of(2)), Map.of("title", "b", "items", List.of(-1.0 / 0)));
            assertThrows(ValidationException.class, () -> way.call(() -> JsonValuesTest_Doc_.createBulk(bulk),
                    () -> JsonValuesTest_Doc_.reactive().createBulk(bulk)));
            assertEquals(List.of(1), JsonValuesTest_Doc_.get(d.id).orElseThrow().items);
            assertEquals(1, count(way));
        }
    }

    @Everywhere
    void nanAndInfinityInAModelAreAMappingErrorAndNothingIsWritten(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Doc.class)) {
            Doc d = new Doc();
            d.title = "n";
            d.attributes = Map.of("deep", Map.of("list", Arrays.asList(null, Double.NEGATIVE_INFINITY)));
            MappingException e = assertThrows(MappingException.class, () -> way.call(d::save, () -> d.reactive().save()));
            assertTrue(e.getMessage().contains("attributes") && e.getMessage().contains("Infinity"), e.getMessage());
            assertEquals(0, count(way));
            Query<Doc> q = JsonValuesTest_Doc_.where(JsonValuesTest_Doc_.attributes.eq(Map.of("a", Double.NaN)));
            e = assertThrows(MappingException.class, () -> way.call(q::all, () -> q.reactive().all()));
            assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        }
    }

    @Everywhere
    void valuesJsonHasNoTypeForAreRefusedNotWrittenAsText(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Doc.class)) {
            for (Object bad : List.of(UUID.randomUUID(), java.time.LocalDate.of(2024, 1, 2), new Object(), Map.of(1, "an int key"),
                    new int[] {1}, new StringBuilder("x"), new java.util.concurrent.atomic.AtomicLong(3))) {
                Map<String, Object> payload = Map.of("title", "bad", "attributes", Map.of("v", bad));
                ValidationException e = assertThrows(ValidationException.class, () -> way.call(() -> JsonValuesTest_Doc_.create(payload),
                        () -> JsonValuesTest_Doc_.reactive().create(payload)), bad.getClass().getName());
                assertTrue(e.getMessage().contains("attributes"), e.getMessage());
            }
            assertEquals(0, count(way));
        }
    }

    /** Text that is no JSON, as another program could have stored it in a text column, read through a raw query. */
    @Everywhere
    void malformedJsonReadBackIsAMappingErrorThatDoesNotQuoteTheText(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Doc.class)) {
            for (String bad : List.of("{\"secret\": \"hunter2\", \"a\": [1, tru", "{\"secret\": \"hunter2\", \"n\": 01}",
                    "{\"secret\": \"hunter2\", \"s\": \"a\tb\"}", "{\"secret\": \"hunter2\", \"e\": \"\\x\"}",
                    "{\"secret\": \"hunter2\", \"u\": \"\\u12\"}", "{\"secret\": \"hunter2\", \"n\": NaN}",
                    "{\"secret\": \"hunter2\"} trailing", "{\"secret\": \"hunter2\", \"secret\": \"twice\"}")) {
                MappingException e = assertThrows(MappingException.class, () -> way.call(
                        () -> JsonValuesTest_Doc_.sql("SELECT 1 AS id, ? AS attributes", bad),
                        () -> JsonValuesTest_Doc_.reactive().sql("SELECT 1 AS id, ? AS attributes", bad)), bad);
                assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
                assertTrue(e.getMessage().contains("JSON"), e.getMessage());
            }
        }
    }

    @Everywhere
    void aTopLevelJsonNullReadsAsNull(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Doc.class)) {
            List<Doc> read = way.call(() -> JsonValuesTest_Doc_.sql("SELECT 1 AS id, ? AS attributes", "null"),
                    () -> JsonValuesTest_Doc_.reactive().sql("SELECT 1 AS id, ? AS attributes", "null"));
            assertEquals(1L, read.get(0).id);
            assertNull(read.get(0).attributes);
        }
    }

    /** PostgreSQL's JSONB cannot hold U+0000 (the documented difference); the others store it. */
    @Everywhere
    void nulInTextIsRefusedByPostgresOnly(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Doc.class)) {
            Map<String, Object> payload = Map.of("items", List.of("a\u0000b"));
            if (target.dialect() == Dialect.POSTGRESQL) {
                assertThrows(DuoOrmException.class, () -> way.call(() -> JsonValuesTest_Doc_.create(payload),
                        () -> JsonValuesTest_Doc_.reactive().create(payload)));
                assertEquals(0, count(way));
                return;
            }
            Doc d = way.call(() -> JsonValuesTest_Doc_.create(payload), () -> JsonValuesTest_Doc_.reactive().create(payload));
            assertEquals(List.of("a\u0000b"), JsonValuesTest_Doc_.get(d.id).orElseThrow().items);
        }
    }

    /**
     * A decimal that a double cannot hold keeps its digits as a BigDecimal; the one documented exception is
     * PostgreSQL's reactive client, which reads JSONB numbers into doubles before DuoORM sees them.
     */
    @Everywhere
    void decimalsADoubleCannotHoldKeepTheirDigits(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Doc.class)) {
            BigDecimal many = new BigDecimal("0.1234567890123456789012345");
            BigDecimal tiny = new BigDecimal("1e-400");
            Doc d = way.call(() -> JsonValuesTest_Doc_.create(Map.of("items", List.of(many, tiny, new BigDecimal("2.50"), new BigDecimal("1e400")))),
                    () -> JsonValuesTest_Doc_.reactive().create(Map.of("items", List.of(many, tiny, new BigDecimal("2.50"), new BigDecimal("1e400")))));
            List<Object> read = way.call(() -> JsonValuesTest_Doc_.get(d.id), () -> JsonValuesTest_Doc_.reactive().get(d.id)).orElseThrow().items;
            if (target.dialect() == Dialect.POSTGRESQL && way == Way.REACTIVE) {
                assertEquals(many.doubleValue(), read.get(0), "rounded by the Vert.x client");
            } else {
                assertEquals(List.of(many, tiny, 2.5, java.math.BigInteger.TEN.pow(400)), read, "written in plain notation, 1e400 reads as an integer");
            }
        }
    }
}
