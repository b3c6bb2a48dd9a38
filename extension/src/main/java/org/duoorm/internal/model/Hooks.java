package org.duoorm.internal.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duoorm.ValidationException;
import org.duoorm.model.Model;
import org.duoorm.model.Validated;

/**
 * What runs before a model is written, before any SQL: timestamps, the model's {@code @PrePersist} or
 * {@code @PreUpdate} methods, the declared Bean Validation constraints (of the model and of a DTO payload), and
 * the model's own {@link Validated#validate()}, in that order, so that validation sees what the callbacks set.
 * Every violation is collected before failing.
 */
final class Hooks {
    private Hooks() {
    }

    /** Before an insert; {@code hooks} false (bulk paths unless asked) skips timestamps, @PrePersist and validate(). */
    static <T> void beforeInsert(ModelMeta<T> meta, T model, Object payload, boolean hooks) {
        List<String> violations = new ArrayList<>();
        beforeInsert(meta, model, payload, hooks, "", violations);
        fail(violations);
    }

    static <T> void beforeInsert(ModelMeta<T> meta, T model, Object payload, boolean hooks, String prefix, List<String> violations) {
        if (hooks) {
            Object now = null;
            if (meta.createdAt != null && meta.createdAt.get(model) == null) {
                now = now(meta.createdAt);
                meta.createdAt.set(model, now);
            }
            if (meta.updatedAt != null) {
                meta.updatedAt.set(model, now != null && meta.updatedAt.type == now.getClass() ? now : now(meta.updatedAt));
            }
            meta.callbacks.prePersist(model);
        }
        check(meta, model, payload, hooks, prefix, violations);
    }

    /** Before an update by save(). */
    static <T> void beforeUpdate(ModelMeta<T> meta, T model) {
        List<String> violations = new ArrayList<>();
        beforeUpdate(meta, model, "", violations);
        fail(violations);
    }

    /** Before an update: the update time, then the checks, whose violations are added with a prefix. */
    static <T> void beforeUpdate(ModelMeta<T> meta, T model, String prefix, List<String> violations) {
        if (meta.updatedAt != null) {
            meta.updatedAt.set(model, now(meta.updatedAt));
        }
        meta.callbacks.preUpdate(model);
        check(meta, model, null, true, prefix, violations);
    }

    private static <T> void check(ModelMeta<T> meta, T model, Object payload, boolean hooks, String prefix, List<String> violations) {
        if (payload != null && !(payload instanceof Map) && !(payload instanceof Model) && !meta.type.isInstance(payload)) {
            BeanValidation.check(payload, prefix, violations);
        }
        int before = violations.size();
        BeanValidation.check(model, prefix, violations);
        if (hooks && model instanceof Validated v && violations.size() == before) {
            try {
                v.validate();
            } catch (ValidationException e) {
                e.violations().forEach(line -> violations.add(prefix + line));
            }
        }
    }

    static void fail(List<String> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(List.copyOf(new java.util.LinkedHashSet<>(violations)));
        }
    }

    /** The current time for a field, to the microsecond (what every database keeps). */
    static Object now(FieldMeta f) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (f.type == OffsetDateTime.class) {
            return now.atOffset(ZoneOffset.UTC);
        }
        if (f.type == LocalDateTime.class) {
            return LocalDateTime.ofInstant(now, java.time.ZoneId.systemDefault());
        }
        return now;
    }
}
