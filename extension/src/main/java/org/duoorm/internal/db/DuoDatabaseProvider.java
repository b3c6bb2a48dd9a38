package org.duoorm.internal.db;

import org.duoorm.Database;
import org.duoorm.DatabaseConfig;
import org.duoorm.DatabaseProvider;

/** The {@link DatabaseProvider} found by {@code Database.create}. */
public final class DuoDatabaseProvider implements DatabaseProvider {
    @Override
    public Database create(DatabaseConfig config) {
        return DuoDatabase.create(config);
    }
}
