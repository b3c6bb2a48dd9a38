package org.duoorm.model.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.duoorm.Database;
import org.duoorm.ValidationException;
import org.duoorm.model.CreatedAt;
import org.duoorm.model.Everywhere;
import org.duoorm.model.Model;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.model.Models;
import org.duoorm.model.Query;
import org.duoorm.model.UpdatedAt;
import org.duoorm.model.Validated;
import org.duoorm.testing.CountingListener;
import org.duoorm.testing.TestDatabases;

/** DTOs in and out, Bean Validation before any SQL listing every violation, the validate() hook and timestamps. */
@SuppressWarnings("try")
class DtoAndValidationTest {

    @Table(name = "r_member")
    public static class Member extends Model<Member> implements Validated {
        @Id
        @GeneratedValue
        public Long id;
        @NotBlank
        @Size(max = 20)
        public String name;
        @Email
        public String email;
        @Min(0)
        public int age;
        @CreatedAt
        public Instant createdAt;
        @UpdatedAt
        public LocalDateTime updatedAt;

        @Override
        public void validate() {
            if ("root".equals(name)) {
                throw new ValidationException(List.of("name: is reserved"));
            }
        }
    }

    public record NewMember(@NotBlank String name, String email, Integer age, String nickname) {
    }

    public record Contact(String name, String email) {
    }

    public record MemberView(Long id, String name, int age) {
    }

    public static class MemberBean {
        public String name;
        public int age;
        public String unrelated = "kept";
    }

    public record BookView(String title, int year) {
    }

    public record AuthorView(String name, List<BookView> books) {
    }

    public record Wrong(String name, String shoeSize) {
    }

    private static Database open(TestDatabases.Target target, CountingListener listener) {
        Database db = Database.create(target.config().listener(listener).build());
        Models.register(db, Member.class);
        Models.schema(db).drop();
        Models.schema(db).create();
        return db;
    }

    @Everywhere
    void createFromRecordsObjectsAndMapsKeepingOnlyMappedFields(TestDatabases.Target target, Way way) {
        try (Database db = open(target, new CountingListener())) {
            Member ada = way.call(() -> DtoAndValidationTest_Member_.create(new NewMember("Ada", "ada@example.org", 36, "countess")),
                    () -> DtoAndValidationTest_Member_.reactive().create(new NewMember("Ada", "ada@example.org", 36, "countess")));
            assertEquals(36, DtoAndValidationTest_Member_.get(ada.id).orElseThrow().age);
            MemberBean bean = new MemberBean();
            bean.name = "Bob";
            bean.age = 40;
            Member bob = way.call(() -> DtoAndValidationTest_Member_.create(bean), () -> DtoAndValidationTest_Member_.reactive().create(bean));
            assertEquals("Bob", bob.name);
            ValidationException unknown = assertThrows(ValidationException.class, () -> way.call(
                    () -> DtoAndValidationTest_Member_.create(Map.of("name", "Cy", "nickname", "c")),
                    () -> DtoAndValidationTest_Member_.reactive().create(Map.of("name", "Cy", "nickname", "c"))));
            assertTrue(unknown.violations().get(0).contains("nickname"), unknown.getMessage());
        }
    }

    @Everywhere
    void partialUpdatesSkipAbsentFieldsAndModelsMapOutToRecords(TestDatabases.Target target, Way way) {
        try (Database db = open(target, new CountingListener())) {
            Member ada = DtoAndValidationTest_Member_.create(Map.of("name", "Ada", "email", "ada@example.org", "age", 36));
            way.call(() -> ada.update(new Contact(null, "countess@example.org")), () -> ada.reactive().update(new Contact(null, "countess@example.org")));
            Member read = DtoAndValidationTest_Member_.get(ada.id).orElseThrow();
            assertEquals("Ada", read.name, "absent (null) properties are skipped");
            assertEquals("countess@example.org", read.email);
            assertEquals(new MemberView(ada.id, "Ada", 36), read.to(MemberView.class));
            MemberBean out = read.reactive().to(MemberBean.class);
            assertEquals("Ada", out.name);
            assertEquals("kept", out.unrelated);
            assertThrows(org.duoorm.MappingException.class, () -> read.to(Wrong.class));
        }
    }

    @Everywhere
    void relationshipsMapOutToNestedRecords(TestDatabases.Target target, Way way) {
        try (Database db = Library.open(target)) {
            Library.fill();
            Query<Library.Author> q = Library_Author_.where(Library_Author_.name.eq("Ada")).related("books");
            AuthorView view = way.call(q::one, () -> q.reactive().one()).to(AuthorView.class);
            assertEquals(new AuthorView("Ada", List.of(new BookView("A1", 1990), new BookView("A2", 2005))), view);
            Query<Library.Author> unloaded = Library_Author_.where(Library_Author_.name.eq("Ada"));
            Library.Author ada = way.call(unloaded::one, () -> unloaded.reactive().one());
            assertThrows(org.duoorm.model.RelationNotLoadedException.class, () -> ada.to(AuthorView.class));
        }
    }

    @Everywhere
    void validationListsEveryViolationBeforeAnySql(TestDatabases.Target target, Way way) {
        CountingListener listener = new CountingListener();
        try (Database db = open(target, listener)) {
            listener.statements.clear();
            Map<String, Object> bad = Map.of("name", "", "email", "not-an-email", "age", -1);
            ValidationException e = assertThrows(ValidationException.class, () -> way.call(
                    () -> DtoAndValidationTest_Member_.create(bad), () -> DtoAndValidationTest_Member_.reactive().create(bad)));
            assertEquals(3, e.violations().size(), e.violations().toString());
            assertTrue(e.violations().stream().anyMatch(v -> v.startsWith("email:")), e.violations().toString());
            ValidationException dto = assertThrows(ValidationException.class, () -> way.call(
                    () -> DtoAndValidationTest_Member_.create(new NewMember(" ", null, 1, null)),
                    () -> DtoAndValidationTest_Member_.reactive().create(new NewMember(" ", null, 1, null))));
            assertEquals(List.of("name: must not be blank"), dto.violations(), "the DTO's and the model's, once");
            List<Map<String, Object>> rows = List.of(Map.of("name", "ok"), Map.of("name", "x".repeat(30)), Map.of("name", "", "age", -5));
            ValidationException bulk = assertThrows(ValidationException.class, () -> way.call(
                    () -> DtoAndValidationTest_Member_.createBulk(rows), () -> DtoAndValidationTest_Member_.reactive().createBulk(rows)));
            assertEquals(3, bulk.violations().size(), bulk.violations().toString());
            assertTrue(bulk.violations().get(0).startsWith("row 1: name:"), bulk.violations().toString());
            Member m = DtoAndValidationTest_Member_.create(Map.of("name", "Eve"));
            listener.statements.clear();
            m.age = -3;
            assertThrows(ValidationException.class, () -> way.call(m::save, () -> m.reactive().save()));
            assertThrows(ValidationException.class, () -> way.call(() -> m.update(Map.of("name", "")), () -> m.reactive().update(Map.of("name", ""))));
            assertEquals(List.of(), listener.statements, "no SQL for invalid models");
        }
    }

    @Everywhere
    void validateHookAndTimestampsOnSaveAndCreateAndOptInOnBulk(TestDatabases.Target target, Way way) throws Exception {
        try (Database db = open(target, new CountingListener())) {
            ValidationException reserved = assertThrows(ValidationException.class, () -> way.call(
                    () -> DtoAndValidationTest_Member_.create(Map.of("name", "root")), () -> DtoAndValidationTest_Member_.reactive().create(Map.of("name", "root"))));
            assertEquals(List.of("name: is reserved"), reserved.violations());
            Member ada = way.call(() -> DtoAndValidationTest_Member_.create(Map.of("name", "Ada")), () -> DtoAndValidationTest_Member_.reactive().create(Map.of("name", "Ada")));
            assertNotNull(ada.createdAt);
            assertNotNull(ada.updatedAt);
            Instant created = ada.createdAt;
            LocalDateTime firstUpdate = ada.updatedAt;
            Thread.sleep(5);
            ada.age = 37;
            way.call(ada::save, () -> ada.reactive().save());
            Member read = DtoAndValidationTest_Member_.get(ada.id).orElseThrow();
            assertEquals(created, read.createdAt);
            assertTrue(read.updatedAt.isAfter(firstUpdate), read.updatedAt + " after " + firstUpdate);
            ada.name = "root";
            assertThrows(ValidationException.class, () -> way.call(ada::save, () -> ada.reactive().save()));

            List<Map<String, Object>> plain = List.of(Map.of("name", "root"), Map.of("name", "Bea"));
            assertEquals(2, way.call(() -> DtoAndValidationTest_Member_.createBulk(plain), () -> DtoAndValidationTest_Member_.reactive().createBulk(plain)));
            assertNull(DtoAndValidationTest_Member_.where(DtoAndValidationTest_Member_.name.eq("Bea")).one().createdAt, "bulk hooks are opt-in");
            assertThrows(ValidationException.class, () -> way.call(() -> DtoAndValidationTest_Member_.createBulk(plain, true),
                    () -> DtoAndValidationTest_Member_.reactive().createBulk(plain, true)));
            List<Map<String, Object>> good = List.of(Map.of("name", "Cid"), Map.of("name", "Dee"));
            List<Member> made = way.call(() -> DtoAndValidationTest_Member_.createBulkReturning(good, true),
                    () -> DtoAndValidationTest_Member_.reactive().createBulkReturning(good, true));
            assertTrue(made.stream().allMatch(x -> x.createdAt != null && x.updatedAt != null));
            assertNotNull(DtoAndValidationTest_Member_.where(DtoAndValidationTest_Member_.name.eq("Dee")).one().createdAt);
        }
    }

    @Everywhere
    void bulkUpdatesCheckConstraintsAndSetUpdatedAtWhenAsked(TestDatabases.Target target, Way way) {
        CountingListener listener = new CountingListener();
        try (Database db = open(target, listener)) {
            DtoAndValidationTest_Member_.createBulk(List.of(Map.of("name", "Ann"), Map.of("name", "Ben")));
            Query<Member> all = DtoAndValidationTest_Member_.query().wholeTable();
            listener.statements.clear();
            ValidationException e = assertThrows(ValidationException.class, () -> way.call(
                    () -> all.updateBulk(Map.of("name", "", "age", -1)), () -> all.reactive().updateBulk(Map.of("name", "", "age", -1))));
            assertEquals(2, e.violations().size(), e.violations().toString());
            assertEquals(List.of(), listener.statements, "no SQL");
            assertEquals(2, way.call(() -> all.updateBulk(Map.of("age", 5)), () -> all.reactive().updateBulk(Map.of("age", 5))));
            assertNull(DtoAndValidationTest_Member_.where(DtoAndValidationTest_Member_.name.eq("Ann")).one().updatedAt, "hooks are opt-in");
            assertEquals(2, way.call(() -> all.updateBulk(Map.of("age", 6), true), () -> all.reactive().updateBulk(Map.of("age", 6), true)));
            assertTrue(DtoAndValidationTest_Member_.query().all().stream().allMatch(m -> m.updatedAt != null && m.age == 6));
        }
    }

    /** Asked to run hooks, a bulk update runs each row's validate() and Bean Validation on the row as it would be written. */
    @Everywhere
    void bulkUpdatesWithHooksRunValidateOnEveryRow(TestDatabases.Target target, Way way) {
        CountingListener listener = new CountingListener();
        try (Database db = open(target, listener)) {
            DtoAndValidationTest_Member_.createBulk(List.of(Map.of("name", "Ann"), Map.of("name", "Ben")));
            Query<Member> all = DtoAndValidationTest_Member_.query().wholeTable();
            listener.statements.clear();
            ValidationException reserved = assertThrows(ValidationException.class, () -> way.call(
                    () -> all.updateBulk(Map.of("name", "root"), true), () -> all.reactive().updateBulk(Map.of("name", "root"), true)));
            assertTrue(reserved.violations().stream().anyMatch(v -> v.contains("name: is reserved")), reserved.violations().toString());
            assertTrue(listener.statements.stream().noneMatch(s -> s.trim().toUpperCase(java.util.Locale.ROOT).startsWith("UPDATE")),
                    "no row was written: " + listener.statements);
            ValidationException invalid = assertThrows(ValidationException.class, () -> way.call(
                    () -> all.updateBulk(Map.of("age", -3), true), () -> all.reactive().updateBulk(Map.of("age", -3), true)));
            assertTrue(invalid.violations().stream().anyMatch(v -> v.contains("age: must")), invalid.violations().toString());
            assertEquals(List.of("Ann", "Ben"), DtoAndValidationTest_Member_.query().orderBy("name").all().stream().map(m -> m.name).toList());
            assertTrue(DtoAndValidationTest_Member_.query().all().stream().allMatch(m -> m.age == 0 && m.updatedAt == null));
        }
    }
}
