package org.duoorm.benchmarks;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import java.sql.SQLException;
import java.time.Duration;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** The baseline for the blocking mode: a plain Agroal pool of the same size over the same JDBC driver. */
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
                        .initialSize(BenchConfig.POOL_SIZE)
                        .acquisitionTimeout(Duration.ofSeconds(30))
                        .connectionFactoryConfiguration(cf -> cf
                                .jdbcUrl(BenchConfig.jdbcUrl())
                                .autoCommit(true)
                                .principal(new NamePrincipal(BenchConfig.user()))
                                .credential(new SimplePassword(BenchConfig.password()))));
        pool = AgroalDataSource.from(config);
    }

    @TearDown(Level.Trial)
    public void close() {
        pool.close();
    }
}
