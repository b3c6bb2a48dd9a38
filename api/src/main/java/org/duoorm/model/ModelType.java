package org.duoorm.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duoorm.Database;
import org.duoorm.Row;

/**
 * The class-level operations of one model on the database it belongs to, blocking: queries, lookups
 * by primary key, creation, raw SQL mapped to models, and the instance operations for models that do
 * not extend {@link Model}. Get one with {@link Models#of(Class)} or from a generated metamodel
 * ({@code User_.model()}). {@link #reactive()} gives the twin with the same names returning {@code Uni}.
 *
 * @param <T> the model
 */
public abstract class ModelType<T> {

    /** For the implementation. */
    protected ModelType() {
    }

    /** The model class. */
    public abstract Class<T> type();

    /** The database the model belongs to. */
    public abstract Database database();

    /** The table name, as in the metadata (unquoted). */
    public abstract String table();

    /** The mapped field names, in declaration order (the field listing). */
    public abstract List<String> fields();

    /** @return a query on every row */
    public abstract Query<T> query();

    /** @param conditions ANDed, none null @return the query */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Query<T> where(Condition<T>... conditions) {
        return query().where(Arrays.asList(conditions));
    }

    /** @param conditions ANDed, not null @return the query */
    public final Query<T> where(Collection<? extends Condition<T>> conditions) {
        return query().where(conditions);
    }

    /** @return every row */
    public final List<T> all() {
        return query().all();
    }

    /** @return the number of rows */
    public final long count() {
        return query().count();
    }

    /**
     * Finds a row by primary key.
     *
     * @param id the key, not null; numbers convert to the key's type
     * @return the model, or empty when there is no such row (never an exception)
     */
    public abstract Optional<T> get(Object id);

    /**
     * Creates a row from a payload and returns it with generated keys and database defaults read back.
     *
     * @param payload values by field name; an unknown name is a {@link org.duoorm.ValidationException}
     * @return the new model
     */
    public abstract T create(Map<String, ?> payload);

    /**
     * Creates a row from a record, a plain object or a model instance: its properties whose names are
     * mapped fields are used, the others ignored.
     *
     * @param payload not null
     * @return the new model
     */
    public abstract T create(Object payload);

    /**
     * Creates many rows in driver batches, inside one unit of work (the open one, or a new one), so that
     * either all rows are created or none.
     *
     * @param payloads maps, records, plain objects or models, not null
     * @return the number of rows created
     */
    public abstract int createBulk(Collection<?> payloads);

    /**
     * As {@link #createBulk(Collection)}, returning the models with their generated keys, in payload
     * order (multi-row inserts with {@code RETURNING}).
     *
     * @param payloads not null
     * @return the new models
     */
    public abstract List<T> createBulkReturning(Collection<?> payloads);

    /**
     * Inserts a new model or updates a persisted one, and returns it. Generated keys and database
     * defaults are read back into it on insert; a {@code @Version} field is checked and incremented on
     * update.
     *
     * @param model not null
     * @return the same instance
     * @throws org.duoorm.OptimisticLockException when the row's version changed meanwhile
     */
    public abstract T save(T model);

    /**
     * Applies a partial payload (mass assignment: the primary key and {@link Guarded} fields may not be
     * set, unknown fields are an error), then saves.
     *
     * @param model not null @param partial values by field name, not null
     * @return the same instance
     */
    public abstract T update(T model, Map<String, ?> partial);

    /**
     * Deletes the model's row.
     *
     * @param model not null
     * @throws org.duoorm.OptimisticLockException when versioned and the version changed meanwhile
     */
    public abstract void delete(T model);

    /**
     * Reloads the model's fields from its row.
     *
     * @param model not null
     * @return the same instance
     * @throws org.duoorm.NotFoundException when the row no longer exists
     */
    public abstract T refresh(T model);

    /** @param model not null @return field name to value, in field order */
    public abstract Map<String, Object> toMap(T model);

    /**
     * Maps rows of a raw query to models, matching column labels to column names, ignoring case.
     *
     * @param rows not null
     * @return the models
     */
    public abstract List<T> fromRows(List<Row> rows);

    /**
     * Runs raw SQL and maps its rows to models: the escape hatch.
     *
     * @param sql a query with {@code ?} placeholders selecting the model's columns, not null
     * @param params one value per placeholder
     * @return the models
     */
    public abstract List<T> sql(String sql, Object... params);

    /** @return the reactive twin of this model's operations */
    public abstract ReactiveModelType<T> reactive();
}
