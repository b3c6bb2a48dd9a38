package org.duoorm.internal.cdi;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import org.duoorm.DatabaseConfig;

/** A configuration made by a user's producer method or field of {@link DatabaseConfig}. */
final class ProducerConfigSource implements ConfigSource {
    private final Bean<?> bean;
    private final String description;
    private final boolean alternative;
    private CreationalContext<?> creationalContext;

    /**
     * @param bean the producer's bean
     * @param description for messages
     * @param alternative whether the producer or its declaring bean is an (enabled) alternative
     */
    ProducerConfigSource(Bean<?> bean, String description, boolean alternative) {
        this.bean = bean;
        this.description = description;
        this.alternative = alternative || bean.isAlternative();
    }

    @Override
    public String describe() {
        return alternative ? description + " (alternative)" : description;
    }

    @Override
    public boolean isAlternative() {
        return alternative;
    }

    @Override
    public synchronized DatabaseConfig resolve(BeanManager beanManager) {
        creationalContext = beanManager.createCreationalContext(bean);
        Object config = beanManager.getReference(bean, DatabaseConfig.class, creationalContext);
        if (config == null) {
            throw new IllegalStateException("The " + description + " returned null instead of a DatabaseConfig.");
        }
        return (DatabaseConfig) config;
    }

    @Override
    public synchronized void release() {
        if (creationalContext != null) {
            creationalContext.release();
            creationalContext = null;
        }
    }
}
