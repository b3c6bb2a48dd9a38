package org.duoorm.benchmarks;

import io.agroal.api.AgroalDataSource;
import java.sql.SQLException;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The Hibernate ORM 7 baseline of the model benchmarks, configured as a user configures it: a session factory for
 * {@link HItem} over a connection pool (Agroal with its defaults, the pool Quarkus gives Hibernate, the same as
 * {@link JdbcState}), Hibernate's defaults otherwise (no second-level cache, no statistics, no SQL log).
 */
@State(Scope.Benchmark)
public class HibernateState {
    AgroalDataSource pool;
    SessionFactory sessions;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        Schema.prepare();
        pool = JdbcState.agroalAtDefaults();
        sessions = new HibernatePersistenceConfiguration("bench")
                .managedClass(HItem.class)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool)
                .createEntityManagerFactory();
    }

    @TearDown(Level.Trial)
    public void close() {
        sessions.close();
        pool.close();
    }
}
