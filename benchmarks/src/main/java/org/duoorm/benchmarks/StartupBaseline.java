package org.duoorm.benchmarks;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.cache.ConnectionCache;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.exceptionsorter.PostgreSQLExceptionSorter;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The floor under {@link StartupProbe}: the same first query (a get by primary key on {@code startup_m00})
 * from a fresh JVM with no DuoORM at all, written by hand against the driver, so that the start-up table
 * shows what the JVM and the driver cost by themselves on the machine that ran it.
 *
 * <pre>java -cp benchmarks.jar org.duoorm.benchmarks.StartupBaseline jdbc|agroal|vertx URL</pre>
 *
 * <p>{@code jdbc}: {@code DriverManager.getConnection(URL)} (a {@code jdbc:} URL), one prepared statement,
 * no pool. {@code agroal}: the same on a connection of an Agroal pool set up as DuoORM sets up its own
 * (a {@code jdbc:} URL). {@code vertx}: a Vert.x PostgreSQL pool of one connection on a {@code postgresql://} URI, one
 * prepared query (the pool is closed after the answer, not timed). Prints {@code query} (main to the answer,
 * milliseconds) and {@code jvm_to_answer}, as the probe does.
 */
public final class StartupBaseline {
    /** Closed after the answer is printed, as the probe closes its database: closing is not start-up. */
    private static Pool pool;
    private static AgroalDataSource agroal;

    private StartupBaseline() {
    }

    public static void main(String[] args) throws Exception {
        long mainWall = System.currentTimeMillis();
        long t0 = System.nanoTime();
        boolean found = switch (args[0]) {
            case "vertx" -> vertx(args[1]);
            case "agroal" -> agroal(args[1]);
            default -> jdbc(args[1]);
        };
        long t1 = System.nanoTime();
        long answerWall = mainWall + (t1 - t0) / 1_000_000;
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        String launched = System.getProperty("probe.launchedAtMs");
        System.out.println(String.format(Locale.ROOT, "jvm_to_main=%d query=%.1f jvm_to_answer=%d", mainWall - jvmStart,
                (t1 - t0) / 1e6, answerWall - jvmStart)
                + (launched == null ? "" : " launch_to_answer=" + (answerWall - Long.parseLong(launched.trim())))
                + " found=" + found);
        if (agroal != null) {
            agroal.close();
        }
        if (pool != null) {
            pool.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
        System.exit(0);
    }

    private static boolean jdbc(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url);
                PreparedStatement ps = c.prepareStatement("select id, name, qty, total, price, active, status, ref, day, "
                        + "created_at, updated_at, version from startup_m00 where id = ?")) {
            ps.setLong(1, 1L);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The same statement on a connection of an Agroal pool configured as DuoORM's (the JMH baseline's pool). */
    private static boolean agroal(String url) throws Exception {
        AgroalDataSourceConfigurationSupplier config = new AgroalDataSourceConfigurationSupplier();
        config.connectionPoolConfiguration()
                .maxSize(4)
                .initialSize(0)
                .acquisitionTimeout(Duration.ofSeconds(30))
                .validationTimeout(Duration.ofSeconds(30))
                .connectionValidator(AgroalConnectionPoolConfiguration.ConnectionValidator.defaultValidator())
                .exceptionSorter(new PostgreSQLExceptionSorter())
                .connectionCache(ConnectionCache.none())
                .connectionFactoryConfiguration()
                .jdbcUrl(url)
                .connectionProviderClass(org.postgresql.Driver.class)
                .autoCommit(true);
        agroal = AgroalDataSource.from(config);
        try (Connection c = agroal.getConnection();
                PreparedStatement ps = c.prepareStatement("select id, name, qty, total, price, active, status, ref, day, "
                        + "created_at, updated_at, version from startup_m00 where id = ?")) {
            ps.setLong(1, 1L);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean vertx(String uri) throws Exception {
        pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(1)).connectingTo(PgConnectOptions.fromUri(uri)).build();
        RowSet<Row> rows = pool.preparedQuery("select id, name, qty, total, price, active, status, ref, day, "
                + "created_at, updated_at, version from startup_m00 where id = $1").execute(Tuple.of(1L))
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        return rows.size() > 0;
    }
}
