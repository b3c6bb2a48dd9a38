package org.duoorm.internal.cdi;

import jakarta.enterprise.inject.spi.DefinitionException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.duoorm.DatabaseConfig;
import org.duoorm.DuoTransaction;

/** The deployment errors of the extension, each naming the classes and the qualifier involved. */
final class Problems {
    private Problems() {
    }

    static Optional<DefinitionException> duplicateConfiguration(DatabaseDefinition d) {
        if (d.sources().size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new DefinitionException("DUOORM-CDI-002: Database '" + d.name() + "' (" + qualifier(d.name())
                + ") has " + d.sources().size() + " configurations: "
                + d.sources().stream().map(ConfigSource::describe).collect(Collectors.joining(", "))
                + ". Keep exactly one."));
    }

    static Optional<DefinitionException> modelsWithoutConfiguration(DatabaseDefinition d) {
        if (d.isConfigured() || d.models().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DefinitionException("DUOORM-CDI-001: Model classes "
                + DuoOrmExtension.names(d.models()) + " belong to database '" + d.name() + "' ("
                + qualifier(d.name()) + "), which has no configuration. Add a producer "
                + producerHint(d.name()) + ", or set duoorm." + d.name() + ".url in MicroProfile Config."));
    }

    static DefinitionException unknownDatabase(String method, DuoTransaction binding, String name, Set<String> configured) {
        return new DefinitionException("DUOORM-CDI-003: @DuoTransaction" + (binding.database().isEmpty() ? "" : "(database = \""
                + name + "\")") + " on " + method + " names database '" + name + "' (" + qualifier(name)
                + "), which has no configuration. Configured databases: " + configured + ". Add a producer "
                + producerHint(name) + " or fix the name.");
    }

    private static String qualifier(String name) {
        return DatabaseConfig.DEFAULT_NAME.equals(name) ? "no qualifier or @DuoDatabase(\"default\")"
                : "@DuoDatabase(\"" + name + "\")";
    }

    private static String producerHint(String name) {
        return DatabaseConfig.DEFAULT_NAME.equals(name) ? "'@Produces DatabaseConfig'"
                : "'@Produces @DuoDatabase(\"" + name + "\") DatabaseConfig'";
    }
}
