package org.duoorm.model;

import java.util.List;
import org.duoorm.ConfigurationException;
import org.duoorm.Database;

/**
 * Registers model classes with a database and hands out their class-level operations.
 *
 * <p>Each {@link Database} owns the metadata of the models registered with it. A model class belongs to
 * one database at a time: registering it with a database of another name, or using it through one it
 * is not registered with, fails with a {@link org.duoorm.MappingException}. A newer database of the
 * same name (for example after a restart), or any database once the old one is closed, takes the
 * class over. With CDI, models are registered with
 * the database named by {@code @DuoDatabase} on the class (the default one without it).
 *
 * <pre>{@code
 * Database db = Database.create("h2:mem:app");
 * Models.register(db, User.class, Order.class);
 * Models.schema(db).create();
 * Optional<User> ada = Models.of(User.class).where(User_.name.eq("Ada")).first();
 * }</pre>
 */
public final class Models {
    private static volatile ModelProvider provider;

    private Models() {
    }

    /**
     * Assigns model classes to a database, which then owns their metadata.
     *
     * <p>Registering is cheap: it checks that each class is concrete and belongs to no other database, and
     * leaves reading its mapping (fields, annotations, accessors) to the first use of the model, so that an
     * application with many models starts fast. A class that cannot be mapped fails with a
     * {@link org.duoorm.MappingException} on first use; call {@link #validate(Database)} to check every
     * model at once (in a test, or at start-up: the CDI extension does, and reports a deployment error).
     *
     * @param database not null
     * @param types the model classes, none null
     * @throws org.duoorm.MappingException when a class is not a concrete class or belongs to another database
     */
    public static void register(Database database, Class<?>... types) {
        provider().register(Columns.notNull(database, "database"), Columns.notNull(types, "types"));
    }

    /**
     * @param type a registered model class, not null
     * @param <T> the model
     * @return its operations on the database it belongs to
     * @throws org.duoorm.MappingException when the class is not registered with any database
     */
    public static <T> ModelType<T> of(Class<T> type) {
        return provider().model(Columns.notNull(type, "type"));
    }

    /**
     * @param database not null
     * @param type a model class registered with this database, not null
     * @param <T> the model
     * @return its operations on that database
     * @throws org.duoorm.MappingException when the model is not registered with this database
     */
    public static <T> ModelType<T> of(Database database, Class<T> type) {
        return provider().model(Columns.notNull(database, "database"), Columns.notNull(type, "type"));
    }

    /**
     * Reads and checks the mapping of every model registered with a database now, with their
     * relationships, and reports every problem found, not only the first.
     *
     * @param database not null
     * @throws org.duoorm.MappingException naming each model that cannot be mapped and why
     */
    public static void validate(Database database) {
        provider().validate(Columns.notNull(database, "database"));
    }

    /** @param database not null @return the model classes registered with it, in registration order */
    public static List<Class<?>> registered(Database database) {
        return provider().models(Columns.notNull(database, "database"));
    }

    /** @param database not null @return the schema of its registered models */
    public static Schema schema(Database database) {
        return provider().schema(Columns.notNull(database, "database"));
    }

    /**
     * Writes the changes made to models loaded in the blocking unit of work open on this thread for the
     * database, now rather than at commit. Inside a unit of work, each row is one Java object (fetching
     * it twice gives the same instance) and changed models are written at commit without {@code save()};
     * outside one there is nothing to flush.
     *
     * @param database not null
     */
    public static void flush(Database database) {
        provider().flush(Columns.notNull(database, "database"));
    }

    /**
     * The reactive twin of {@link #flush(Database)}: writes the changes of the reactive unit of work of
     * the subscription context.
     *
     * @param database not null
     * @return completion once written
     */
    @io.smallrye.common.annotation.CheckReturnValue
    public static io.smallrye.mutiny.Uni<Void> flushUni(Database database) {
        return provider().flushUni(Columns.notNull(database, "database"));
    }

    private static ModelProvider provider() {
        ModelProvider p = provider;
        if (p == null) {
            p = org.duoorm.spi.Implementations.find(ModelProvider.class, "org.duoorm.internal.model.ModelRegistry");
            if (p == null) {
                throw new ConfigurationException("No DuoORM model implementation found. "
                        + "Add the artifact org.duoorm:duoorm-extension to the class path.");
            }
            provider = p;
        }
        return p;
    }
}
