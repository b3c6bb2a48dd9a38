package org.duoorm;

/**
 * Creates {@link Database} instances; found with {@link java.util.ServiceLoader}. The
 * {@code duoorm-extension} artifact provides the implementation; applications do not use this interface.
 * It lives beside {@link Database}, as {@code java.sql.Driver} lives beside {@code DriverManager}, so that
 * the API's packages do not depend on each other in a circle.
 */
public interface DatabaseProvider {
    /**
     * @param config a built configuration, not null
     * @return a new, not yet connected database
     */
    Database create(DatabaseConfig config);
}
