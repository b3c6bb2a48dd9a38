package org.duoorm.testing;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.duoorm.Dialect;

/**
 * For jqwik properties named {@code on<Database>} ({@code onPostgres}, {@code onMariaDb}): skips one whose database
 * is not configured, saying which setting is missing. CI configures them all and requires them, so nothing is
 * skipped there ({@link TestDatabases#targets()} fails instead).
 */
public final class NeedsDatabase implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        String name = context.label();
        Dialect d = name.contains("Postgres") ? Dialect.POSTGRESQL : name.contains("MariaDb") ? Dialect.MARIADB : Dialect.H2;
        return TestDatabases.targets().stream().anyMatch(t -> t.dialect() == d) ? SkipResult.doNotSkip()
                : SkipResult.skip(d + " is not configured: set " + (d == Dialect.POSTGRESQL ? TestDatabases.POSTGRES_ENV
                        : TestDatabases.MARIADB_ENV) + " (see README)");
    }
}
