package org.duoorm.model;

import org.duoorm.Database;

/**
 * Implements {@link org.duoorm.model.Models}; found with {@link java.util.ServiceLoader}. The
 * {@code duoorm-extension} artifact provides it; applications do not use this interface.
 */
public interface ModelProvider {
    /** @param database not null @param types not null */
    void register(Database database, Class<?>... types);

    /** @param type not null @param <T> model @return its operations on the database it belongs to */
    <T> ModelType<T> model(Class<T> type);

    /** @param database not null @param type not null @param <T> model @return its operations on that database */
    <T> ModelType<T> model(Database database, Class<T> type);

    /** @param database not null @return the registered model classes */
    java.util.List<Class<?>> models(Database database);

    /** @param database not null */
    void validate(Database database);

    /** @param database not null @return its schema */
    Schema schema(Database database);

    /** @param database not null */
    void flush(Database database);

    /** @param database not null @return completion once written */
    io.smallrye.mutiny.Uni<Void> flushUni(Database database);
}
