package org.duoorm.model;

import java.util.List;
import java.util.ServiceLoader;
import org.duoorm.ConfigurationException;
import org.duoorm.Database;
import org.duoorm.model.spi.ModelProvider;

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
     * Builds and checks the metadata of model classes for a database, which then owns it.
     *
     * @param database not null
     * @param types the model classes, none null
     * @throws org.duoorm.MappingException when a class cannot be mapped or belongs to another database
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

    /** @param database not null @return the model classes registered with it, in registration order */
    public static List<Class<?>> registered(Database database) {
        return provider().models(Columns.notNull(database, "database"));
    }

    /** @param database not null @return the schema of its registered models */
    public static Schema schema(Database database) {
        return provider().schema(Columns.notNull(database, "database"));
    }

    private static ModelProvider provider() {
        ModelProvider p = provider;
        if (p == null) {
            p = ServiceLoader.load(ModelProvider.class, Models.class.getClassLoader()).findFirst()
                    .or(() -> ServiceLoader.load(ModelProvider.class).findFirst())
                    .orElseThrow(() -> new ConfigurationException("No DuoORM model implementation found. "
                            + "Add the artifact org.duoorm:duoorm-extension to the class path."));
            provider = p;
        }
        return p;
    }
}
