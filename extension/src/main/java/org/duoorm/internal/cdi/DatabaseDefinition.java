package org.duoorm.internal.cdi;

import jakarta.enterprise.inject.spi.BeanManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.duoorm.DatabaseConfig;

/**
 * What the extension knows about one named database: where its configuration comes from and which
 * model classes belong to it. Collected during discovery, read-only afterwards.
 */
final class DatabaseDefinition {
    private final String name;
    private final List<ConfigSource> sources = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<Class<?>> models = new CopyOnWriteArrayList<>();
    private volatile DatabaseConfig config;

    DatabaseDefinition(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    void addSource(ConfigSource source) {
        sources.add(source);
    }

    /**
     * The configurations in force: the enabled alternatives when there are any (as CDI resolves an
     * injection of the configuration), otherwise all. More than one is a deployment error.
     */
    List<ConfigSource> sources() {
        List<ConfigSource> alternatives = sources.stream().filter(ConfigSource::isAlternative).toList();
        return alternatives.isEmpty() ? List.copyOf(sources) : alternatives;
    }

    boolean isConfigured() {
        return !sources.isEmpty();
    }

    void addModel(Class<?> model) {
        models.addIfAbsent(model);
    }

    /** The model classes assigned to this database by {@code @DuoDatabase} (or by having none, for the default one). */
    List<Class<?>> models() {
        return new ArrayList<>(models);
    }

    /**
     * The configuration, obtained from its single source on first call; its name is set to this
     * database's name when the source gave another one.
     */
    DatabaseConfig config(BeanManager beanManager) {
        DatabaseConfig c = config;
        if (c == null) {
            synchronized (this) {
                c = config;
                if (c == null) {
                    c = named(sources().get(0).resolve(beanManager));
                    config = c;
                }
            }
        }
        return c;
    }

    private DatabaseConfig named(DatabaseConfig given) {
        return given.name().equals(name) ? given : given.toBuilder().name(name).build();
    }

    void release() {
        sources.forEach(ConfigSource::release);
    }
}
