package org.duoorm.internal.cdi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads database configurations from MicroProfile Config. Loaded only when the MicroProfile Config API
 * is on the class path (see {@link #isAvailable()}), so the extension works without it.
 *
 * <p>The databases are those listed in {@code duoorm.databases=a,b} plus every {@code <name>} with a
 * {@code duoorm.<name>.url}. Each gets the keys below {@code duoorm.<name>.}; a key that is not one
 * {@link org.duoorm.DatabaseConfig#fromProperties} knows is reported by it.
 */
final class MicroProfileConfigReader {
    static final String PREFIX = "duoorm.";
    static final String LIST = "duoorm.databases";
    private static final String API = "org.eclipse.microprofile.config.ConfigProvider";

    private MicroProfileConfigReader() {
    }

    /** Whether the MicroProfile Config API can be loaded from the extension's class loader. */
    static boolean isAvailable() {
        try {
            Class.forName(API, false, MicroProfileConfigReader.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * @return the properties below {@code duoorm.<name>.} for each configured name, in a stable order;
     *     empty when the API is there without an implementation
     */
    static Map<String, Map<String, String>> read() {
        Config config;
        try {
            config = ConfigProvider.getConfig();
        } catch (IllegalStateException | ServiceConfigurationError e) {
            return Map.of();
        }
        List<String> propertyNames = new ArrayList<>();
        config.getPropertyNames().forEach(propertyNames::add);
        Set<String> names = databaseNames(config, propertyNames);
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        for (String name : names) {
            result.put(name, new LinkedHashMap<>());
        }
        for (String property : propertyNames) {
            owner(property, names).ifPresent(name -> config.getOptionalValue(property, String.class)
                    .ifPresent(v -> result.get(name).put(property.substring(PREFIX.length() + name.length() + 1), v)));
        }
        return result;
    }

    private static Set<String> databaseNames(Config config, List<String> propertyNames) {
        Set<String> names = new LinkedHashSet<>();
        config.getOptionalValue(LIST, String.class).ifPresent(list -> {
            for (String n : list.split(",")) {
                if (!n.isBlank()) {
                    names.add(n.trim());
                }
            }
        });
        propertyNames.stream().filter(p -> p.startsWith(PREFIX) && p.endsWith(".url"))
                .map(p -> p.substring(PREFIX.length(), p.length() - ".url".length()))
                .filter(n -> !n.isEmpty())
                .sorted()
                .forEach(names::add);
        return names;
    }

    /** The longest database name the property belongs to ({@code duoorm.shop.eu.url} is "shop.eu"'s, not "shop"'s). */
    private static Optional<String> owner(String property, Set<String> names) {
        return names.stream()
                .filter(n -> property.startsWith(PREFIX + n + ".") && property.length() > PREFIX.length() + n.length() + 1)
                .max(Comparator.comparingInt(String::length));
    }
}
