package org.duoorm.spi;

import org.duoorm.Database;
import org.duoorm.DatabaseConfig;

/**
 * Creates {@link Database} instances; found with {@link java.util.ServiceLoader}. The
 * {@code duoorm-extension} artifact provides the implementation.
 */
public interface DatabaseProvider {
    /**
     * @param config a built configuration, not null
     * @return a new, not yet connected database
     */
    Database create(DatabaseConfig config);
}
