package org.duoorm.internal.cdi;

import jakarta.enterprise.inject.spi.BeanManager;
import org.duoorm.DatabaseConfig;

/** Where the configuration of one CDI-managed database comes from: a producer, or MicroProfile Config. */
interface ConfigSource {
    /** For deployment error messages, e.g. {@code producer method com.acme.Configs.shop()}. */
    String describe();

    /**
     * Obtains the configuration. Called at most once per container.
     *
     * @param beanManager the container's
     * @return the configuration as given (its name may still differ from the qualifier's)
     */
    DatabaseConfig resolve(BeanManager beanManager);

    /** Whether this is an enabled alternative, which replaces the other configurations of its name. */
    default boolean isAlternative() {
        return false;
    }

    /** Releases what {@link #resolve} obtained (dependent producer instances). */
    default void release() {
    }
}
