package org.duoorm.internal.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duoorm.Database;
import org.duoorm.MappingException;

/**
 * The models one database owns, in registration order. Registering only records the class: its metadata
 * (reflection, annotations, accessors) is built the first time the model is used, or for all models at
 * once by {@link #validate()}, because building fifty models that a short-lived process never touches
 * would be most of its start-up time.
 */
final class DatabaseModels {
    final Database db;
    final SqlDialect dialect;
    /** The SQL of the models' statements, written once per statement tree. */
    final StatementCache statements;
    private final Map<Class<?>, Entry> models = new LinkedHashMap<>();

    DatabaseModels(Database db) {
        this.db = db;
        this.dialect = new SqlDialect(db.dialect());
        this.statements = new StatementCache(db.config().engineOptions().intValue(org.duoorm.EngineOptions.STATEMENT_CACHE_SIZE));
    }

    /** One registered class; its bound model once built. */
    final class Entry {
        final Class<?> type;
        private volatile BoundModel<?> bound;

        Entry(Class<?> type) {
            this.type = type;
        }

        Database db() {
            return db;
        }

        /**
         * @return the bound model, built on first call
         * @throws MappingException when the class cannot be mapped (again on every call: nothing half built is kept)
         */
        BoundModel<?> bound() {
            BoundModel<?> b = bound;
            return b != null ? b : build(this);
        }
    }

    private synchronized BoundModel<?> build(Entry entry) {
        if (entry.bound == null) {
            entry.bound = bind(entry.type);
        }
        return entry.bound;
    }

    private <T> BoundModel<T> bind(Class<T> type) {
        org.duoorm.DuoDatabase assigned = type.getAnnotation(org.duoorm.DuoDatabase.class);
        if (assigned != null && !assigned.value().equals(db.name())) {
            throw ModelRegistry.assignedElsewhere(type, assigned, db);
        }
        ModelMeta<T> meta = MetadataReader.read(type, dialect);
        meta.models = this;
        return new BoundModel<>(db, meta);
    }

    synchronized Entry entry(Class<?> type) {
        return models.get(type);
    }

    /** @return the bound model of a registered class (built now if need be), or null when not registered */
    BoundModel<?> get(Class<?> type) {
        Entry e = entry(type);
        return e == null ? null : e.bound();
    }

    synchronized Entry add(Class<?> type) {
        Entry e = models.get(type);
        if (e == null) {
            e = new Entry(type);
            models.put(type, e);
        }
        return e;
    }

    synchronized List<Class<?>> types() {
        return new ArrayList<>(models.keySet());
    }

    /** A copy, so that models are built outside this object's lock. */
    private synchronized List<Entry> entries() {
        return new ArrayList<>(models.values());
    }

    /** Every registered model, built now. */
    List<BoundModel<?>> all() {
        List<Entry> entries = entries();
        List<BoundModel<?>> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            out.add(e.bound());
        }
        return out;
    }

    /**
     * Builds the metadata of every registered model and resolves every relationship, collecting every
     * problem rather than stopping at the first, so one run of a test or a deployment shows them all.
     *
     * @throws MappingException naming each model that cannot be mapped and why
     */
    void validate() {
        List<String> problems = new ArrayList<>();
        MappingException first = null;
        for (Entry e : entries()) {
            try {
                ModelMeta<?> meta = e.bound().meta;
                for (RelationMeta r : meta.relations) {
                    meta.link(r.field());
                }
            } catch (MappingException ex) {
                problems.add(ex.getMessage());
                first = first == null ? ex : first;
            }
        }
        if (problems.size() == 1) {
            throw first;
        }
        if (!problems.isEmpty()) {
            throw new MappingException(problems.size() + " models of database '" + db.name() + "' cannot be mapped:\n  - "
                    + String.join("\n  - ", problems), first);
        }
    }
}
