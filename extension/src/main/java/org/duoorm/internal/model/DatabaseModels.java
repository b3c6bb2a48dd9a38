package org.duoorm.internal.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duoorm.Database;

/** The models one database owns: their metadata and bound operations, in registration order. */
final class DatabaseModels {
    final Database db;
    final SqlDialect dialect;
    private final Map<Class<?>, BoundModel<?>> models = new LinkedHashMap<>();

    DatabaseModels(Database db) {
        this.db = db;
        this.dialect = new SqlDialect(db.dialect());
    }

    synchronized BoundModel<?> get(Class<?> type) {
        return models.get(type);
    }

    synchronized <T> BoundModel<T> add(Class<T> type) {
        @SuppressWarnings("unchecked")
        BoundModel<T> existing = (BoundModel<T>) models.get(type);
        if (existing != null) {
            return existing;
        }
        BoundModel<T> bound = new BoundModel<>(db, MetadataReader.read(type, dialect));
        models.put(type, bound);
        return bound;
    }

    synchronized List<BoundModel<?>> all() {
        return new ArrayList<>(models.values());
    }
}
