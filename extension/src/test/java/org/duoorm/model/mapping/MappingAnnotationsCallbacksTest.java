package org.duoorm.model.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.duoorm.Database;
import org.duoorm.ValidationException;
import org.duoorm.model.Everywhere;
import org.duoorm.model.Model;
import org.duoorm.model.ModelTesting;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.model.Validated;
import org.duoorm.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @PrePersist} and {@code @PreUpdate} methods run where DuoORM's own before-insert and before-update hooks
 * run, inherited ones first, before Bean Validation and {@code validate()}; the other callbacks are refused.
 */
@SuppressWarnings("try")
class MappingAnnotationsCallbacksTest {

    @MappedSuperclass
    public abstract static class Traced<T extends Model<T>> extends Model<T> {
        public String trail;

        @PrePersist
        private void tracePersist() {
            trail = (trail == null ? "" : trail) + "base;";
        }

        @PreUpdate
        protected void overridden() {
            trail += "base-overridden;";
        }
    }

    @Table(name = "mp_note")
    public static class Note extends Traced<Note> implements Validated {
        @Id
        @GeneratedValue
        public Long id;
        public String title;
        @NotBlank
        public String slug;
        public int updates;

        @PrePersist
        void slugFromTitle() {
            trail += "persist;";
            slug = title == null ? null : title.toLowerCase(Locale.ROOT).replace(' ', '-');
        }

        @PreUpdate
        public void countUpdate() {
            updates++;
            trail += "update;";
        }

        /** Overrides the inherited callback, which therefore does not run. */
        @Override
        protected void overridden() {
        }

        @Override
        public void validate() {
            if (slug.contains("forbidden")) {
                throw new ValidationException(List.of("slug: is forbidden"));
            }
        }
    }

    @Table(name = "mp_post_loaded")
    public static class PostLoaded {
        @Id
        public Long id;

        @PostLoad
        void loaded() {
        }
    }

    @Table(name = "mp_post_persisted")
    public static class PostPersisted {
        @Id
        public Long id;

        @PostPersist
        void persisted() {
        }
    }

    @Table(name = "mp_post_updated")
    public static class PostUpdated {
        @Id
        public Long id;

        @PostUpdate
        void updated() {
        }
    }

    @Table(name = "mp_pre_removed")
    public static class PreRemoved {
        @Id
        public Long id;

        @PreRemove
        void removing() {
        }
    }

    @Table(name = "mp_post_removed")
    public static class PostRemoved {
        @Id
        public Long id;

        @PostRemove
        void removed() {
        }
    }

    @EntityListeners(Object.class)
    @Table(name = "mp_with_listener")
    public static class WithListener {
        @Id
        public Long id;
    }

    @Table(name = "mp_callback_with_argument")
    public static class CallbackWithArgument {
        @Id
        public Long id;

        @PrePersist
        void persisting(Object self) {
        }
    }

    @Table(name = "mp_two_callbacks")
    public static class TwoCallbacks {
        @Id
        public Long id;

        @PrePersist
        void first() {
        }

        @PrePersist
        void second() {
        }
    }

    @Table(name = "mp_static_callback")
    public static class StaticCallback {
        @Id
        public Long id;

        @PreUpdate
        static void updating() {
        }
    }

    @Everywhere
    void prePersistAndPreUpdateRunBeforeValidation(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Note.class)) {
            Note note = way.call(() -> MappingAnnotationsCallbacksTest_Note_.create(Map.of("title", "Hello World")),
                    () -> MappingAnnotationsCallbacksTest_Note_.reactive().create(Map.of("title", "Hello World")));
            assertEquals("hello-world", note.slug, "@NotBlank slug was set by @PrePersist before validation");
            assertEquals("base;persist;", note.trail, "inherited first; an overridden callback does not run");
            Note loaded = way.call(() -> MappingAnnotationsCallbacksTest_Note_.get(note.id),
                    () -> MappingAnnotationsCallbacksTest_Note_.reactive().get(note.id)).orElseThrow();
            assertEquals("base;persist;", loaded.trail, "stored");
            loaded.title = "Changed";
            way.call(loaded::save, () -> loaded.reactive().save());
            assertEquals(1, loaded.updates);
            assertEquals("base;persist;update;", loaded.trail);
            way.call(() -> loaded.update(Map.of("title", "Again")), () -> loaded.reactive().update(Map.of("title", "Again")));
            assertEquals(2, MappingAnnotationsCallbacksTest_Note_.get(note.id).orElseThrow().updates, "update(Map) too");
            ValidationException e = assertThrows(ValidationException.class, () -> way.call(
                    () -> MappingAnnotationsCallbacksTest_Note_.create(Map.of("title", "Forbidden")),
                    () -> MappingAnnotationsCallbacksTest_Note_.reactive().create(Map.of("title", "Forbidden"))));
            assertEquals(List.of("slug: is forbidden"), e.violations(), "validate() sees what @PrePersist set");
            assertEquals(1L, MappingAnnotationsCallbacksTest_Note_.count(), "nothing written");
        }
    }

    @Everywhere
    void bulkInsertsRunThemOnlyWithHooks(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Note.class)) {
            List<Map<String, String>> rows = List.of(Map.of("title", "One"), Map.of("title", "Two"));
            assertThrows(ValidationException.class, () -> way.call(() -> MappingAnnotationsCallbacksTest_Note_.createBulk(rows),
                    () -> MappingAnnotationsCallbacksTest_Note_.reactive().createBulk(rows)),
                    "without hooks no @PrePersist, so the slug is blank");
            List<Note> made = way.call(() -> MappingAnnotationsCallbacksTest_Note_.createBulkReturning(rows, true),
                    () -> MappingAnnotationsCallbacksTest_Note_.reactive().createBulkReturning(rows, true));
            assertEquals(List.of("one", "two"), made.stream().map(n -> n.slug).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void changesTrackedInAUnitOfWorkRunPreUpdateWhenFlushed(TestDatabases.Target target) {
        try (Database db = ModelTesting.open(target, Note.class)) {
            Note note = MappingAnnotationsCallbacksTest_Note_.create(Map.of("title", "Tracked"));
            db.transaction(tx -> {
                MappingAnnotationsCallbacksTest_Note_.get(note.id).orElseThrow().title = "Changed";
                return null;
            });
            Note after = MappingAnnotationsCallbacksTest_Note_.get(note.id).orElseThrow();
            assertEquals(1, after.updates);
            assertTrue(after.trail.endsWith("update;"), after.trail);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void otherCallbacksAndListenersAreRefused(TestDatabases.Target target) {
        for (var c : List.of(List.of(PostLoaded.class, "@PostLoad", "PostLoaded.loaded()"),
                List.of(PostPersisted.class, "@PostPersist", "PostPersisted.persisted()"),
                List.of(PostUpdated.class, "@PostUpdate", "PostUpdated.updated()"),
                List.of(PreRemoved.class, "@PreRemove", "PreRemoved.removing()"),
                List.of(PostRemoved.class, "@PostRemove", "PostRemoved.removed()"),
                List.of(WithListener.class, "@EntityListeners", "WithListener"))) {
            Mapping.assertRefused(target, (Class<?>) c.get(0), List.of((String) c.get(1), (String) c.get(2), "@PrePersist",
                    "@PreUpdate", "Validated"));
        }
        Mapping.assertRefused(target, CallbackWithArgument.class, List.of("@PrePersist", "persisting", "no parameters"));
        Mapping.assertRefused(target, StaticCallback.class, List.of("@PreUpdate", "updating", "static"));
        Mapping.assertRefused(target, TwoCallbacks.class, List.of("@PrePersist", "second of its kind", "merge"));
    }
}
