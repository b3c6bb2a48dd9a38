package org.duoorm.internal.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.duoorm.Database;
import org.duoorm.DuoDatabase;
import org.duoorm.MappingException;
import org.duoorm.model.ModelType;
import org.duoorm.model.Schema;
import org.duoorm.model.ModelProvider;

/**
 * The model registry behind {@link org.duoorm.model.Models}: per-database metadata (keyed by the
 * database instance, held weakly) and, per model class, the database it currently belongs to.
 * The CDI extension registers models through {@link #register(Database, Class[])} too.
 */
public final class ModelRegistry implements ModelProvider {
    private final Map<Database, DatabaseModels> perDatabase = Collections.synchronizedMap(new WeakHashMap<>());
    private final ClassValue<Binding> bindings = new ClassValue<>() {
        @Override
        protected Binding computeValue(Class<?> type) {
            return new Binding();
        }
    };

    /** Which database a class belongs to now. */
    private static final class Binding {
        volatile DatabaseModels.Entry current;
    }

    @Override
    public void register(Database database, Class<?>... types) {
        forgetClosed();
        for (Class<?> type : types) {
            register(database, check(type));
        }
    }

    private synchronized void register(Database given, Class<?> type) {
        Database database = unwrap(given);
        Binding binding = bindings.get(type);
        DatabaseModels.Entry current = binding.current;
        if (current != null && current.db() != database && !current.db().name().equals(database.name()) && !current.db().isClosed()) {
            DuoDatabase assigned = type.getAnnotation(DuoDatabase.class);
            if (assigned == null) {
                throw new MappingException(type.getName() + " belongs to database '" + current.db().name()
                        + "'; a model belongs to one database, so it cannot be registered with '" + database.name() + "' too");
            }
            if (!assigned.value().equals(database.name())) {
                throw assignedElsewhere(type, assigned, database);
            }
            // The earlier registration was one its own @DuoDatabase forbids and could never be used: this one takes over.
        }
        binding.current = models(database, true).add(type);
    }

    /** What registering checks at once; the mapping itself is read and checked on first use or by validate. */
    private static Class<?> check(Class<?> type) {
        if (type == null) {
            throw new org.duoorm.InvalidArgumentException("a model class must not be null");
        }
        if (type.isInterface() || type.isArray() || type.isPrimitive() || java.lang.reflect.Modifier.isAbstract(type.getModifiers())
                || type.isRecord() || type.isEnum()) {
            throw new MappingException(type.getName() + " cannot be a model: it must be a concrete class");
        }
        // @DuoDatabase is checked when the mapping is read (first use, validate): reading a class's
        // annotations is a large part of what registering fifty models would cost at start-up.
        return type;
    }

    static MappingException assignedElsewhere(Class<?> type, DuoDatabase assigned, Database database) {
        return new MappingException(type.getName() + " is assigned to database '" + assigned.value()
                + "' by @DuoDatabase and cannot be registered with '" + database.name() + "'; register it with '"
                + assigned.value() + "'");
    }

    /** The metadata refers to its database, so the weak map alone would keep closed databases for good. */
    private void forgetClosed() {
        synchronized (perDatabase) {
            perDatabase.keySet().removeIf(Database::isClosed);
        }
    }

    /**
     * The database behind whatever the caller holds: CDI injects a client proxy, which is another object
     * than the instance the models were registered with. Its reactive face leads back to the real one.
     */
    private static Database unwrap(Database database) {
        return database.reactive().blocking();
    }

    private DatabaseModels models(Database given, boolean create) {
        Database database = unwrap(given);
        synchronized (perDatabase) {
            DatabaseModels m = perDatabase.get(database);
            if (m == null && create) {
                m = new DatabaseModels(database);
                perDatabase.put(database, m);
            }
            return m;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ModelType<T> model(Class<T> type) {
        DatabaseModels.Entry current = bindings.get(type).current;
        if (current == null) {
            throw new MappingException(type.getName() + " is not registered with any database; call Models.register(db, "
                    + type.getSimpleName() + ".class) (with CDI, models are registered by @DuoDatabase on the class)");
        }
        return (ModelType<T>) current.bound();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ModelType<T> model(Database database, Class<T> type) {
        DatabaseModels m = models(database, false);
        BoundModel<?> bound = m == null ? null : m.get(type);
        if (bound != null) {
            return (ModelType<T>) bound;
        }
        DatabaseModels.Entry current = bindings.get(type).current;
        throw new MappingException(type.getName() + " is not registered with database '" + database.name() + "'"
                + (current != null ? "; it belongs to database '" + current.db().name() + "'" : "; call Models.register(db, "
                        + type.getSimpleName() + ".class)"));
    }

    @Override
    public List<Class<?>> models(Database database) {
        DatabaseModels m = models(database, false);
        return m == null ? List.of() : m.types();
    }

    @Override
    public void validate(Database database) {
        DatabaseModels m = models(database, false);
        if (m != null) {
            m.validate();
        }
    }

    @Override
    public void flush(Database database) {
        UnitOfWork uow = UnitOfWork.current(database);
        if (uow != null) {
            BlockingRunner.run(database, uow.flush());
        }
    }

    @Override
    public io.smallrye.mutiny.Uni<Void> flushUni(Database database) {
        return UnitOfWork.currentUni(database).flatMap(uow -> uow == null ? io.smallrye.mutiny.Uni.createFrom().voidItem()
                : ReactiveRunner.run(database.reactive(), uow.flush()).replaceWithVoid());
    }

    @Override
    public Schema schema(Database database) {
        DatabaseModels m = models(database, false);
        return new SchemaImpl(database, m == null ? List.of() : m.all());
    }
}
