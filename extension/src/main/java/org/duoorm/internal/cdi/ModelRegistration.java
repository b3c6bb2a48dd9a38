package org.duoorm.internal.cdi;

import java.util.List;
import org.duoorm.Database;
import org.duoorm.model.Models;

/** Hands a database's model classes to the model metadata and checks that each can be mapped. */
final class ModelRegistration {
    private ModelRegistration() {
    }

    /**
     * @param database the database that owns the models
     * @param models its model classes
     * @throws org.duoorm.MappingException when a class cannot be mapped
     */
    static void register(Database database, List<Class<?>> models) {
        if (!models.isEmpty()) {
            Models.register(database, models.toArray(new Class<?>[0]));
            // Registering defers reading the mapping; a deployment should fail now, not at the first request.
            Models.validate(database);
        }
    }
}
