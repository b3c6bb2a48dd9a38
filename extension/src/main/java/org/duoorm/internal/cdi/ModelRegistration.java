package org.duoorm.internal.cdi;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import org.duoorm.Database;

/**
 * Hands a database's model classes to the model metadata ({@code org.duoorm.model.Models.register}),
 * which checks that each can be mapped. Looked up reflectively so the extension also works where the
 * model API is absent; then models are only collected (see {@link DuoOrmExtension#models(String)}).
 */
final class ModelRegistration {
    static final String MODELS = "org.duoorm.model.Models";
    private static final Method REGISTER = find();

    private ModelRegistration() {
    }

    private static Method find() {
        try {
            return Class.forName(MODELS, true, ModelRegistration.class.getClassLoader())
                    .getMethod("register", Database.class, Class[].class);
        } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
            return null;
        }
    }

    /**
     * @param database the database that owns the models
     * @param models its model classes
     * @throws org.duoorm.MappingException when a class cannot be mapped
     */
    static void register(Database database, List<Class<?>> models) {
        if (models.isEmpty() || REGISTER == null) {
            return;
        }
        try {
            REGISTER.invoke(null, database, models.toArray(new Class<?>[0]));
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot call " + MODELS + ".register", e);
        }
    }
}
