package org.duoorm.internal.cdi;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import org.duoorm.DatabaseConfig;

/** A configuration made by a user's producer method or field of {@link DatabaseConfig}. */
final class ProducerConfigSource implements ConfigSource {
    private final Bean<?> bean;
    private final String description;
    private CreationalContext<?> creationalContext;

    ProducerConfigSource(Bean<?> bean, String description) {
        this.bean = bean;
        this.description = description;
    }

    @Override
    public String describe() {
        return description;
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
