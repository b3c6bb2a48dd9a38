package org.duoorm.internal.cdi;

import jakarta.enterprise.inject.spi.BeanManager;
import java.util.Map;
import org.duoorm.DatabaseConfig;

/** A configuration read from MicroProfile Config properties {@code duoorm.<name>.*}. */
final class PropertiesConfigSource implements ConfigSource {
    private final String name;
    private final Map<String, String> properties;

    PropertiesConfigSource(String name, Map<String, String> properties) {
        this.name = name;
        this.properties = Map.copyOf(properties);
    }

    @Override
    public String describe() {
        return "MicroProfile Config properties duoorm." + name + ".*";
    }

    @Override
    public DatabaseConfig resolve(BeanManager beanManager) {
        return DatabaseConfig.fromProperties(name, properties);
    }
}
