package org.duoorm.tck;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.DeploymentException;
import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.duoorm.Database;
import org.duoorm.DatabaseConfig;
import org.duoorm.Mode;
import org.duoorm.internal.cdi.DuoOrmExtension;
import org.duoorm.testing.TestDatabases;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Boots Weld SE with the DuoORM extension, the {@link CountingListener} and a scenario's classes,
 * against one database under test; closing it shuts the container down. The Weld SE implementation
 * of the TCK environment: another environment deploys the same classes.
 */
public final class Tck implements AutoCloseable {
    private static final AtomicInteger IDS = new AtomicInteger();
    private final WeldContainer container;
    private final Deque<Runnable> cleanups = new ArrayDeque<>();
    private boolean closed;

    private Tck(WeldContainer container) {
        this.container = container;
    }

    /**
     * @param target the database under test
     * @param classes the scenario's beans, producers and models
     * @return the running container
     */
    public static Tck deploy(TestDatabases.Target target, Class<?>... classes) {
        TckEnvironment.use(target::config);
        return new Tck(weld(classes).initialize());
    }

    /**
     * @param configs makes the configuration builders of the scenario's databases
     * @param classes the scenario's beans, producers and models
     * @return the running container
     */
    public static Tck deploy(Supplier<DatabaseConfig.Builder> configs, Class<?>... classes) {
        TckEnvironment.use(configs);
        return new Tck(weld(classes).initialize());
    }

    /**
     * Deploys classes that must fail to deploy.
     *
     * @param target the database under test, for the scenario's valid configurations
     * @param classes the scenario's classes
     * @return the failure, a {@link DefinitionException} or {@link DeploymentException}
     */
    public static RuntimeException deploymentFailure(TestDatabases.Target target, Class<?>... classes) {
        TckEnvironment.use(target::config);
        try (WeldContainer c = weld(classes).initialize()) {
            fail("The deployment should have failed, but it started with " + c.select(DuoOrmExtension.class).get().databaseNames());
            return null;
        } catch (DefinitionException | DeploymentException e) {
            return e;
        }
    }

    private static Weld weld(Class<?>... classes) {
        return new Weld("duoorm-tck-" + IDS.incrementAndGet())
                .disableDiscovery()
                .property("org.jboss.weld.se.shutdownHook", false)
                .addExtension(new DuoOrmExtension())
                .addBeanClass(CountingListener.class)
                .addBeanClasses(classes);
    }

    /** The H2 target only, for tests where the database does not matter. */
    public static TestDatabases.Target h2() {
        return TestDatabases.targets().get(0);
    }

    /** Every database under test combined with both modes, for {@code @MethodSource}. */
    public static Stream<Arguments> targetsAndModes() {
        return TestDatabases.all().flatMap(t -> Stream.of(Arguments.of(t, Mode.BLOCKING), Arguments.of(t, Mode.REACTIVE)));
    }

    public <T> T select(Class<T> type, Annotation... qualifiers) {
        return container.select(type, qualifiers).get();
    }

    public CountingListener listener() {
        return select(CountingListener.class);
    }

    public DuoOrmExtension extension() {
        return select(DuoOrmExtension.class);
    }

    public boolean isResolvable(Class<?> type, Annotation... qualifiers) {
        return container.select(type, qualifiers).isResolvable();
    }

    /** Creates the ledger's table now and drops it when the container closes. */
    public void create(Ledger ledger, Database db) {
        ledger.create(db);
        cleanups.push(() -> ledger.drop(db));
    }

    /** Shuts the container down, after dropping the tables it created. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            while (!cleanups.isEmpty()) {
                cleanups.pop().run();
            }
        } finally {
            container.shutdown();
        }
    }

    /** Waits until the condition holds, failing with the message after the timeout. */
    public static void eventually(String message, BooleanSupplier condition) {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail(message);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(message + " (interrupted)");
            }
        }
    }

    /** Waits until every connection the listener saw taken, in both modes, went back to its pool. */
    public static void awaitConnectionsReturned(CountingListener listener) {
        eventually("every connection went back to its pool: " + listener, () -> {
            for (Mode mode : Mode.values()) {
                if (listener.count(mode, CountingListener.Event.ACQUIRED) != listener.count(mode, CountingListener.Event.RELEASED)) {
                    return false;
                }
            }
            return true;
        });
    }

    /** The messages of a failure, its causes and suppressed failures, one per line. */
    public static String messages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        collect(t, sb, 0);
        return sb.toString();
    }

    private static void collect(Throwable t, StringBuilder sb, int depth) {
        if (t == null || depth > 10) {
            return;
        }
        sb.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
        for (Throwable s : t.getSuppressed()) {
            collect(s, sb, depth + 1);
        }
        if (t.getCause() != t) {
            collect(t.getCause(), sb, depth + 1);
        }
    }

    /** The failure itself, unwrapped from Mutiny's CompletionException around checked exceptions. */
    public static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException)
                && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }
}
