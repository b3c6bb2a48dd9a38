package org.duoorm.model;

/**
 * Access to the state DuoORM keeps in a {@link Model} instance. For the implementation only; an
 * application never needs it.
 */
public final class ModelSupport {
    private ModelSupport() {
    }

    /** What the implementation keeps in an instance read from or saved to a database. */
    public interface State {
        /** @return the class-level operations on the database the instance belongs to */
        ModelType<?> modelType();
    }

    /** @param model not null @return the state, null for a new instance */
    public static Object state(Model<?> model) {
        return Model.state(model);
    }

    /** @param model not null @param state null marks the instance new */
    public static void state(Model<?> model, Object state) {
        Model.state(model, state);
    }
}
