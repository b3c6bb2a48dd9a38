package org.duoorm.model.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.duoorm.Database;
import org.duoorm.Row;
import org.duoorm.ValidationException;
import org.duoorm.model.Everywhere;
import org.duoorm.model.ModelTesting;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.model.ModelType;
import org.duoorm.model.Models;
import org.duoorm.model.writes.Accounts.Account;
import org.duoorm.testing.TestDatabases;

/**
 * One mass-assignment rule on every input path: a {@code @Guarded} field, the version and a generated key are
 * never set from a payload (a Map, a DTO class, a record or a {@code Row}), on create, update and bulk update;
 * the primary key is never set on update. The whole payload is refused, naming the field, and nothing is
 * written. The same field set in Java is saved.
 */
@SuppressWarnings("try")
class MassAssignmentTest {
    /** A DTO class with getters. */
    public static final class RoleDto {
        public String getName() {
            return "Eve";
        }

        public String getRole() {
            return "admin";
        }
    }

    public record RoleRecord(String name, String role) {
    }

    public record IdRecord(Long id, String name) {
    }

    /** Nothing in it is named like a field of Account. */
    public record Misnamed(String nmae) {
    }

    private static void refused(String field, Runnable write) {
        refused(field, write, "");
    }

    private static void refused(String field, Runnable write, Object payload) {
        ValidationException e = assertThrows(ValidationException.class, write::run, () -> "payload " + payload);
        assertTrue(e.getMessage().contains(field + ": may not be set by mass assignment"), e.getMessage());
    }

    private static <V> Runnable either(Way way, Supplier<V> blocking, Supplier<io.smallrye.mutiny.Uni<V>> reactive) {
        return () -> way.call(blocking, reactive);
    }

    private static Row roleRow(Database db) {
        List<Row> rows = db.query("SELECT 'Eve' AS name, 'admin' AS role");
        return rows.get(0);
    }

    @Everywhere
    void guardedFieldsAreRefusedOnEveryPath(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Account.class)) {
            ModelType<Account> accounts = Models.of(db, Account.class);
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("name", "Eve");
            map.put("role", "admin");
            Row row = roleRow(db);
            List<Object> payloads = List.of(map, new RoleDto(), new RoleRecord("Eve", "admin"), row);
            for (Object p : payloads) {
                refused("role", either(way, () -> accounts.create(p), () -> accounts.reactive().create(p)), p);
                refused("role", either(way, () -> accounts.createBulk(List.of(p)), () -> accounts.reactive().createBulk(List.of(p))), p);
                refused("role", either(way, () -> accounts.createBulkReturning(List.of(p)),
                        () -> accounts.reactive().createBulkReturning(List.of(p))), p);
            }
            assertEquals(0L, accounts.query().count(), "nothing was created");
            Account a = accounts.create(Map.of("name", "Ada"));
            for (Object p : payloads) {
                refused("role", either(way, () -> accounts.update(a, p), () -> accounts.reactive().update(a, p)), p);
            }
            refused("role", either(way, () -> accounts.query().wholeTable().updateBulk(map), () -> accounts.query().wholeTable().reactive().updateBulk(map)));
            refused("role", either(way, () -> accounts.query().wholeTable().updateBulk(map, true),
                    () -> accounts.query().wholeTable().reactive().updateBulk(map, true)));
            Account stored = accounts.get(a.id).orElseThrow();
            assertEquals("Ada", stored.name, "the refused payloads' other fields were not written either");
            assertNull(stored.role);
            assertEquals("Ada", a.name, "nor applied to the instance");

            a.role = "admin"; // in Java: meant
            way.call(() -> accounts.save(a), () -> accounts.reactive().save(a));
            assertEquals("admin", accounts.get(a.id).orElseThrow().role);
        }
    }

    @Everywhere
    void keysAreRefusedWhereTheDatabaseOrTheRowOwnsThem(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Account.class)) {
            ModelType<Account> accounts = Models.of(db, Account.class);
            Account a = accounts.create(Map.of("name", "Ada"));
            refused("id", either(way, () -> accounts.create(Map.of("id", 99L, "name", "X")),
                    () -> accounts.reactive().create(Map.of("id", 99L, "name", "X"))));
            refused("id", either(way, () -> accounts.create(new IdRecord(99L, "X")),
                    () -> accounts.reactive().create(new IdRecord(99L, "X"))));
            refused("id", either(way, () -> accounts.update(a, Map.of("id", 99L)), () -> accounts.reactive().update(a, Map.of("id", 99L))));
            refused("id", either(way, () -> accounts.update(a, new IdRecord(99L, "X")),
                    () -> accounts.reactive().update(a, new IdRecord(99L, "X"))));
            Map<String, Object> bulk = Map.of("id", 99L);
            refused("id", either(way, () -> accounts.query().wholeTable().updateBulk(bulk),
                    () -> accounts.query().wholeTable().reactive().updateBulk(bulk)));
            assertEquals(List.of(a.id), accounts.query().all().stream().map(x -> x.id).toList(), "no row was created or rekeyed");
            assertEquals("Ada", accounts.get(a.id).orElseThrow().name);
        }
    }

    @Everywhere
    void unknownNamesAreRefusedNotDropped(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Account.class)) {
            ModelType<Account> accounts = Models.of(db, Account.class);
            Map<String, Object> typo = Map.of("nmae", "Eve");
            RuntimeException e = assertThrows(RuntimeException.class, () -> way.call(() -> accounts.create(typo),
                    () -> accounts.reactive().create(typo)));
            assertTrue(e.getMessage().contains("nmae"), e.getMessage());
            RuntimeException dto = assertThrows(org.duoorm.MappingException.class, () -> way.call(() -> accounts.create(new Misnamed("Eve")),
                    () -> accounts.reactive().create(new Misnamed("Eve"))));
            assertTrue(dto.getMessage().contains("would write nothing"), dto.getMessage());
            assertEquals(0L, accounts.query().count(), "no empty row was created");
        }
    }
}
