package org.duoorm.engine;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.File;
import java.lang.ref.WeakReference;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.duoorm.testing.TestDatabases;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An application undeployed from a server must leave nothing behind in the server's threads. The test plays it: the
 * api, the extension and the drivers are loaded by a class loader of their own (as a WAR's), a long-lived thread
 * (as a container's request thread) borrows a pooled connection through them, the database is closed and the
 * drivers deregistered (as the application does on undeploy), and then that class loader must become unreachable.
 * The per-thread connection cache is what would keep it: a cache entry of the container thread that still reached
 * the pool (with Agroal's own cache, {@code LocalConnectionCache.single()}, this test fails).
 *
 * <p>PostgreSQL and MariaDB only. Not covered: H2, whose database engine runs inside the application's class loader;
 * run the same way on {@code h2:mem:}, the class loader stays reachable, for a reason not yet found.
 */
class ClassLoaderReleaseTest {
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("org.duoorm.testing.TestDatabases#networked")
    void closingTheDatabaseLetsTheApplicationsClassLoaderGo(Target target) throws Exception {
        // as in a server, where DriverManager was initialized long before the application came: done from the
        // application's code, DriverManager's first initialization keeps a reference to it
        java.sql.DriverManager.getDrivers();
        ExecutorService container = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "container-thread");
            t.setDaemon(true);
            return t;
        });
        try {
            WeakReference<ClassLoader> application = deployUseAndUndeploy(target.url(), container);
            for (int i = 0; i < 50 && application.get() != null; i++) {
                System.gc();
                Thread.sleep(100);
            }
            assertNull(application.get(), "the application's class loader is still reachable after the database was "
                    + "closed (a heap dump of this test shows from where)");
        } finally {
            container.shutdownNow();
        }
    }

    /** Everything that references the application's classes stays inside this method's frame. */
    private static WeakReference<ClassLoader> deployUseAndUndeploy(String url, ExecutorService container) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(new File(entry).toURI().toURL());
        }
        URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        container.submit(() -> {
            Class<?> configType = loader.loadClass("org.duoorm.DatabaseConfig");
            Object builder = configType.getMethod("url", String.class).invoke(null, url);
            Object config = builder.getClass().getMethod("build").invoke(builder);
            Class<?> databaseType = loader.loadClass("org.duoorm.Database");
            Object db = databaseType.getMethod("create", configType).invoke(null, config);
            databaseType.getMethod("execute", String.class, Object[].class).invoke(db, "select 1", new Object[0]);
            databaseType.getMethod("close").invoke(db);
            loader.loadClass(org.duoorm.testing.DriverRelease.class.getName()).getMethod("run").invoke(null);
            return null;
        }).get(60, TimeUnit.SECONDS);
        loader.close();
        return new WeakReference<>(loader);
    }
}
