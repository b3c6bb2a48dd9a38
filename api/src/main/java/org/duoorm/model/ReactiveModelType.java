package org.duoorm.model;

import io.smallrye.common.annotation.CheckReturnValue;
import io.smallrye.mutiny.Uni;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duoorm.Database;
import org.duoorm.Row;

/**
 * The reactive twin of {@link ModelType}: the same operations by name, returning {@link Uni}.
 *
 * @param <T> the model
 */
public abstract class ReactiveModelType<T> {

    /** For the implementation. */
    protected ReactiveModelType() {
    }

    /** The model class. */
    public abstract Class<T> type();

    /** The database the model belongs to. */
    public abstract Database database();

    /** The table name. */
    public abstract String table();

    /** The mapped field names. */
    public abstract List<String> fields();

    /** @return a reactive query on every row */
    public abstract ReactiveQuery<T> query();

    /** @param conditions ANDed @return the query */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final ReactiveQuery<T> where(Condition<T>... conditions) {
        return query().where(Arrays.asList(conditions));
    }

    /** @param conditions ANDed @return the query */
    public final ReactiveQuery<T> where(Collection<? extends Condition<T>> conditions) {
        return query().where(conditions);
    }

    /** @return every row */
    @CheckReturnValue
    public final Uni<List<T>> all() {
        return query().all();
    }

    /** @return the number of rows */
    @CheckReturnValue
    public final Uni<Long> count() {
        return query().count();
    }

    /** @param id not null @return the model or empty */
    @CheckReturnValue
    public abstract Uni<Optional<T>> get(Object id);

    /** @param payload values by field name @return the new model */
    @CheckReturnValue
    public abstract Uni<T> create(Map<String, ?> payload);

    /** @param payload a record, plain object or model @return the new model */
    @CheckReturnValue
    public abstract Uni<T> create(Object payload);

    /** @param payloads not null @return the number of rows created */
    @CheckReturnValue
    public abstract Uni<Integer> createBulk(Collection<?> payloads);

    /** @param payloads not null @return the new models */
    @CheckReturnValue
    public abstract Uni<List<T>> createBulkReturning(Collection<?> payloads);

    /** @param model not null @return the same instance, saved */
    @CheckReturnValue
    public abstract Uni<T> save(T model);

    /** @param model not null @param partial not null @return the same instance, updated */
    @CheckReturnValue
    public abstract Uni<T> update(T model, Map<String, ?> partial);

    /** @param model not null @return completion */
    @CheckReturnValue
    public abstract Uni<Void> delete(T model);

    /** @param model not null @return the same instance, reloaded */
    @CheckReturnValue
    public abstract Uni<T> refresh(T model);

    /** @param model not null @return field name to value */
    public abstract Map<String, Object> toMap(T model);

    /** @param rows not null @return the models */
    public abstract List<T> fromRows(List<Row> rows);

    /** @param sql a query @param params values @return the models */
    @CheckReturnValue
    public abstract Uni<List<T>> sql(String sql, Object... params);

    /** @return the blocking twin */
    public abstract ModelType<T> blocking();
}
