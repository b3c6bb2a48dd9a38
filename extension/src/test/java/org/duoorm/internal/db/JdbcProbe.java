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

    /** What a test does with a pooled connection. */
    @FunctionalInterface
    public interface Use<T> {
        T use(Connection c) throws SQLException;
    }

    /** Runs {@code use} on a pooled connection of the database's blocking engine. */
    public static <T> T withConnection(Database db, Use<T> use) {
        var engine = ((DuoDatabase) db).blockingEngine();
        Connection c = engine.acquire();
        try {
            return use.use(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            engine.release(c);
        }
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
