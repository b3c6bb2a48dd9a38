package org.duoorm.model;

import io.smallrye.common.annotation.CheckReturnValue;
import io.smallrye.mutiny.Uni;
import java.util.Map;

/**
 * The reactive twins of a {@link Model}'s instance operations: {@code user.reactive().save()}.
 * Nothing runs before subscription.
 *
 * @param <T> the model
 */
public final class ReactiveModel<T> {
    private final ReactiveModelType<T> type;
    private final T model;

    ReactiveModel(ReactiveModelType<T> type, T model) {
        this.type = type;
        this.model = model;
    }

    /** @return the instance, saved */
    @CheckReturnValue
    public Uni<T> save() {
        return type.save(model);
    }

    /** @param partial values by field name, not null @return the instance, updated */
    @CheckReturnValue
    public Uni<T> update(Map<String, ?> partial) {
        return type.update(model, partial);
    }

    /** @return completion once the row is deleted */
    @CheckReturnValue
    public Uni<Void> delete() {
        return type.delete(model);
    }

    /** @return the instance, reloaded */
    @CheckReturnValue
    public Uni<T> refresh() {
        return type.refresh(model);
    }

    /** @return field name to value */
    public Map<String, Object> toMap() {
        return type.toMap(model);
    }
}
