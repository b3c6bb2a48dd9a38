package org.duoorm.internal.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import org.duoorm.Database;

/** For tests that inspect a schema through JDBC {@link DatabaseMetaData}: a pooled connection of the database. */
public final class JdbcProbe {
    private JdbcProbe() {
    }

    /** What a test reads from the metadata. */
    @FunctionalInterface
    public interface Reading<T> {
        T read(DatabaseMetaData meta) throws SQLException;
    }

    public static <T> T metaData(Database db, Reading<T> reading) {
        var engine = ((DuoDatabase) db).blockingEngine();
        Connection c = engine.acquire();
        try {
            return reading.read(c.getMetaData());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            engine.release(c);
        }
    }
}
