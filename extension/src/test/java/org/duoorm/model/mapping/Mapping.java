package org.duoorm.model.mapping;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.duoorm.Database;
import org.duoorm.MappingException;
import org.duoorm.model.Models;
import org.duoorm.testing.TestDatabases;
import org.junit.jupiter.params.provider.Arguments;

/** What the mapping tests share: a database that never connects, and the check of a refusal's message. */
final class Mapping {
    private Mapping() {
    }

    /** A database of the target's dialect with the models registered; reading a mapping needs no connection. */
    static Database unconnected(TestDatabases.Target target, Class<?>... models) {
        Database db = Database.create(target.config().build());
        Models.register(db, models);
        return db;
    }

    /**
     * Registers the model and checks that {@code Models.validate} refuses it with a message naming the class
     * and every fragment given (the field, the annotation, the alternative).
     */
    static MappingException assertRefused(TestDatabases.Target target, Class<?> model, List<String> fragments) {
        try (Database db = unconnected(target, model)) {
            MappingException e = assertThrows(MappingException.class, () -> Models.validate(db), model.getSimpleName());
            assertTrue(e.getMessage().contains(model.getSimpleName()), e.getMessage());
            for (String f : fragments) {
                assertTrue(e.getMessage().contains(f), "expected '" + f + "' in: " + e.getMessage());
            }
            return e;
        }
    }

    /** Registers the models and checks that validate accepts them. */
    static void assertAccepted(TestDatabases.Target target, Class<?>... models) {
        try (Database db = unconnected(target, models)) {
            Models.validate(db);
        }
    }

    /** Every database times every case, for {@code @MethodSource}. */
    static Stream<Arguments> everyDatabase(List<?> cases) {
        return TestDatabases.all().flatMap(t -> cases.stream().map(c -> Arguments.of(t, c)));
    }
}
