package org.duoorm.spi;

import java.util.ServiceLoader;

/**
 * Finds the implementation of a DuoORM service interface: {@code duoorm-extension}'s own class by name
 * first, then {@link ServiceLoader} with the API's class loader, then with the thread's context class
 * loader (which, in an application server, sees the application's libraries).
 *
 * <p>The lookup by name comes first because a {@code ServiceLoader} scan reads every jar on the class
 * path, which costs milliseconds at start-up; the scans remain for a class path where the API's loader
 * cannot see the implementation, or for another implementation when the extension is absent.
 */
public final class Implementations {
    private Implementations() {
    }

    /**
     * @param service the service interface
     * @param knownImplementation the class name of duoorm-extension's implementation
     * @param <T> the service
     * @return an instance, or null when no implementation is found
     */
    public static <T> T find(Class<T> service, String knownImplementation) {
        ClassLoader loader = service.getClassLoader();
        try {
            Class<?> c = Class.forName(knownImplementation, true, loader);
            if (service.isAssignableFrom(c)) {
                return service.cast(c.getDeclaredConstructor().newInstance());
            }
        } catch (ReflectiveOperationException | LinkageError e) {
            // not visible from here: the scans below look further
        }
        // No Optional chain with lambdas: this runs at start-up, where each lambda is a class to spin.
        T found = ServiceLoader.load(service, loader).findFirst().orElse(null);
        return found != null ? found : ServiceLoader.load(service).findFirst().orElse(null);
    }
}
