package org.duoorm.benchmarks;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.exceptionsorter.PostgreSQLExceptionSorter;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import java.sql.SQLException;
import java.time.Duration;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The baseline for the blocking mode: a plain Agroal pool over the same JDBC driver, configured as
 * DuoORM's blocking engine configures its own (size, validation, exception sorter, auto-commit).
 */
@State(Scope.Benchmark)
public class JdbcState {
    AgroalDataSource pool;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        Schema.prepare();
        AgroalDataSourceConfigurationSupplier config = new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(cp -> cp
                        .maxSize(BenchConfig.POOL_SIZE)
                        .minSize(BenchConfig.POOL_SIZE)
                        .initialSize(0)
                        .acquisitionTimeout(Duration.ofSeconds(30))
                        .reapTimeout(Duration.ofMinutes(5))
                        .maxLifetime(Duration.ofMinutes(30))
                        .validationTimeout(Duration.ofSeconds(30))
                        .connectionValidator(AgroalConnectionPoolConfiguration.ConnectionValidator.defaultValidator())
                        .exceptionSorter(new PostgreSQLExceptionSorter())
                        .connectionFactoryConfiguration(cf -> cf
                                .jdbcUrl(BenchConfig.jdbcUrl())
                                .connectionProviderClass(org.postgresql.Driver.class)
                                .autoCommit(true)
                                .loginTimeout(Duration.ofSeconds(10))
                                .principal(new NamePrincipal(BenchConfig.user()))
                                .credential(new SimplePassword(BenchConfig.password()))));
        pool = AgroalDataSource.from(config);
    }

    @TearDown(Level.Trial)
    public void close() {
        pool.close();
    }
}
