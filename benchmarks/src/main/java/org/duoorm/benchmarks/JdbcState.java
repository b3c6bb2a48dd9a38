package org.duoorm.benchmarks;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import java.sql.SQLException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The baseline for the blocking mode: a plain Agroal pool over the same JDBC driver, as a user builds one with
 * Agroal's defaults. Only what Agroal requires (the size, the URL, the driver, the credentials) is set; nothing
 * copies DuoORM's own configuration (validation, exception sorter, connection cache), so whatever DuoORM's
 * settings cost shows in the ratio.
 */
@State(Scope.Benchmark)
public class JdbcState {
    AgroalDataSource pool;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        Schema.prepare();
        pool = agroalAtDefaults();
    }

    /** An Agroal pool with Agroal's defaults and only what it requires: also Hibernate's DataSource. */
    static AgroalDataSource agroalAtDefaults() throws SQLException {
        return AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(cp -> cp
                        .maxSize(BenchConfig.POOL_SIZE)
                        .connectionFactoryConfiguration(cf -> cf
                                .jdbcUrl(BenchConfig.jdbcUrl())
                                .connectionProviderClass(BenchConfig.driver())
                                .principal(new NamePrincipal(BenchConfig.user()))
                                .credential(new SimplePassword(BenchConfig.password())))));
    }

    @TearDown(Level.Trial)
    public void close() {
        pool.close();
    }
}
