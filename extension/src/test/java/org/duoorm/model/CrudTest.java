package org.duoorm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duoorm.Database;
import org.duoorm.NotFoundException;
import org.duoorm.ValidationException;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.testing.TestDatabases;

/** Instance and class-level CRUD: create, get, save, update, delete, refresh, toMap, raw SQL mapping. */
@SuppressWarnings("try")
class CrudTest {

    @Table(name = "m_crud_person")
    public static class Person extends Model<Person> {
        @Id
        @GeneratedValue
        public Long id;
        @Column(nullable = false, length = 100)
        public String name;
        public int age;
        public String email;
        @Column(columnDefinition = "VARCHAR(20) DEFAULT 'member'")
        public String role;
        @Guarded
        public String secret;
        @Transient
        public String scratch;
        public transient String alsoScratch;
    }

    /** A DTO for create(Object). */
    public record NewPerson(String name, int age, String unrelated) {
    }

    @Everywhere
    void createGetAndDefaults(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Person.class)) {
            Person ada = way.call(() -> CrudTest_Person_.create(Map.of("name", "Ada", "age", 36)),
                    () -> CrudTest_Person_.reactive().create(Map.of("name", "Ada", "age", 36)));
            assertNotNull(ada.id, "generated key read back");
            assertEquals("member", ada.role, "database default read back");
            Optional<Person> found = way.call(() -> CrudTest_Person_.get(ada.id), () -> CrudTest_Person_.reactive().get(ada.id));
            assertEquals("Ada", found.orElseThrow().name);
            assertEquals(36, found.get().age);
            assertNotSame(ada, found.get());
            assertEquals(Optional.empty(), way.call(() -> CrudTest_Person_.get(-1L), () -> CrudTest_Person_.reactive().get(-1L)));
            assertEquals(Optional.empty(), way.call(() -> CrudTest_Person_.get(ada.id.intValue() + 1000),
                    () -> CrudTest_Person_.reactive().get(ada.id.intValue() + 1000)), "an int key converts");
            Person dto = way.call(() -> CrudTest_Person_.create(new NewPerson("Grace", 85, "x")),
                    () -> CrudTest_Person_.reactive().create(new NewPerson("Grace", 85, "x")));
            assertEquals(85, CrudTest_Person_.get(dto.id).orElseThrow().age);
        }
    }

    @Everywhere
    void saveInsertsThenUpdates(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Person.class)) {
            Person p = new Person();
            p.name = "Linus";
            p.age = 20;
            p.scratch = "not stored";
            way.call(p::save, () -> p.reactive().save());
            assertNotNull(p.id);
            p.age = 21;
            way.call(p::save, () -> p.reactive().save());
            assertEquals(1L, CrudTest_Person_.count());
            Person again = CrudTest_Person_.get(p.id).orElseThrow();
            assertEquals(21, again.age);
            assertNull(again.scratch);
            assertEquals(List.of("id", "name", "age", "email", "role", "secret"), CrudTest_Person_.model().fields());
        }
    }

    @Everywhere
    void numbersThatWouldLoseDigitsAreRefusedAndNothingIsWritten(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Person.class)) {
            for (Object lossy : List.of(36.6, 3.5f, new java.math.BigDecimal("36.01"), "36.6", 5_000_000_000L,
                    Double.POSITIVE_INFINITY, new java.math.BigInteger("99999999999999999999"))) {
                ValidationException e = assertThrows(ValidationException.class, () -> way.call(
                        () -> CrudTest_Person_.create(Map.of("name", "Lossy", "age", lossy)),
                        () -> CrudTest_Person_.reactive().create(Map.of("name", "Lossy", "age", lossy))), String.valueOf(lossy));
                assertTrue(e.getMessage().contains("age") && e.getMessage().contains("nothing is rounded"), e.getMessage());
            }
            assertEquals(0L, CrudTest_Person_.count(), "no row written");
            for (Object exact : List.of(36.0, 37.0f, new java.math.BigDecimal("38.000"), "39", 40L, (short) 41)) {
                Person p = way.call(() -> CrudTest_Person_.create(Map.of("name", "Exact", "age", exact)),
                        () -> CrudTest_Person_.reactive().create(Map.of("name", "Exact", "age", exact)));
                assertEquals(new java.math.BigDecimal(exact.toString()).intValueExact(), CrudTest_Person_.get(p.id).orElseThrow().age);
            }
            for (Object notText : List.of(Map.of("first", "Ada"), List.of("Ada"))) {
                ValidationException e = assertThrows(ValidationException.class, () -> way.call(
                        () -> CrudTest_Person_.create(Map.of("name", notText, "age", 1)),
                        () -> CrudTest_Person_.reactive().create(Map.of("name", notText, "age", 1))));
                assertTrue(e.getMessage().contains("name") && e.getMessage().contains("no text value"), e.getMessage());
            }
            Person p = CrudTest_Person_.create(Map.of("name", "Ada", "age", 36));
            assertThrows(ValidationException.class, () -> way.call(() -> p.update(Map.of("age", 36.5)),
                    () -> p.reactive().update(Map.of("age", 36.5))));
            assertEquals(36, CrudTest_Person_.get(p.id).orElseThrow().age, "the stored row is unchanged");
        }
    }

    @Everywhere
    void updateAppliesMassAssignmentRules(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Person.class)) {
            Person p = CrudTest_Person_.create(Map.of("name", "Ada", "age", 36));
            p.secret = "s1"; // guarded: set in Java, never from a payload
            p.save();
            way.call(() -> p.update(Map.of("age", 37)), () -> p.reactive().update(Map.of("age", 37)));
            assertEquals(37, CrudTest_Person_.get(p.id).orElseThrow().age);
            Map<String, Object> bad = new LinkedHashMap<>();
            bad.put("id", 99);
            bad.put("secret", "s2");
            bad.put("nope", 1);
            ValidationException e = assertThrows(ValidationException.class,
                    () -> way.call(() -> p.update(bad), () -> p.reactive().update(bad)));
            assertEquals(3, e.violations().size(), e.getMessage());
            Person stored = CrudTest_Person_.get(p.id).orElseThrow();
            assertEquals("s1", stored.secret);
            assertThrows(ValidationException.class, () -> way.call(() -> CrudTest_Person_.create(Map.of("name", "X", "nope", 1)),
                    () -> CrudTest_Person_.reactive().create(Map.of("name", "X", "nope", 1))));
            assertThrows(ValidationException.class, () -> way.call(() -> CrudTest_Person_.create(Map.of("name", "X", "age", "old")),
                    () -> CrudTest_Person_.reactive().create(Map.of("name", "X", "age", "old"))));
        }
    }

    @Everywhere
    void deleteAndRefresh(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Person.class)) {
            Person p = CrudTest_Person_.create(Map.of("name", "Ada", "age", 36));
            db.execute("UPDATE m_crud_person SET age = ? WHERE id = ?", 50, p.id);
            way.call(p::refresh, () -> p.reactive().refresh());
            assertEquals(50, p.age);
            way.run(p::delete, () -> p.reactive().delete());
            assertFalse(CrudTest_Person_.get(p.id).isPresent());
            assertThrows(NotFoundException.class, () -> way.call(p::refresh, () -> p.reactive().refresh()));
            Person back = way.call(p::save, () -> p.reactive().save());
            assertTrue(CrudTest_Person_.get(back.id).isPresent(), "a deleted model saves as a new row");
        }
    }

    @Everywhere
    void sqlLookalikesRoundTripAsData(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Person.class)) {
            String evil = "'; drop table m_crud_person; --";
            Person p = way.call(() -> CrudTest_Person_.create(Map.of("name", evil, "age", 1)),
                    () -> CrudTest_Person_.reactive().create(Map.of("name", evil, "age", 1)));
            List<Person> found = way.call(() -> CrudTest_Person_.where(CrudTest_Person_.name.eq(evil)).all(),
                    () -> CrudTest_Person_.reactive().where(CrudTest_Person_.name.eq(evil)).all());
            assertEquals(1, found.size());
            assertEquals(evil, found.get(0).name);
            assertEquals(p.id, found.get(0).id);
            String unicode = "Zoë 🚀 日本語 \u00e9";
            Person u = CrudTest_Person_.create(Map.of("name", unicode, "age", 2));
            assertEquals(unicode, CrudTest_Person_.get(u.id).orElseThrow().name);
        }
    }

    @Everywhere
    void toMapAndRawSqlMapping(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Person.class)) {
            Person p = CrudTest_Person_.create(Map.of("name", "Ada", "age", 36));
            Map<String, Object> map = p.toMap();
            assertEquals("Ada", map.get("name"));
            assertEquals(36, map.get("age"));
            assertEquals(List.of("id", "name", "age", "email", "role", "secret"), List.copyOf(map.keySet()));
            List<Person> raw = way.call(() -> CrudTest_Person_.sql("SELECT id, name, age FROM m_crud_person WHERE age > ?", 30),
                    () -> CrudTest_Person_.reactive().sql("SELECT id, name, age FROM m_crud_person WHERE age > ?", 30));
            assertEquals(1, raw.size());
            assertEquals("Ada", raw.get(0).name);
            assertEquals(p.id, raw.get(0).id);
            assertNull(raw.get(0).role, "columns not selected stay unset");
            raw.get(0).age = 40;
            raw.get(0).save();
            assertEquals(40, CrudTest_Person_.get(p.id).orElseThrow().age, "a mapped row saves as an update");
        }
    }
}
