package org.duoorm.model;

import java.util.Map;

/**
 * An optional base class giving a model its instance operations, blocking and (through
 * {@link #reactive()}) reactive. Models are plain classes mapped with the Jakarta Persistence
 * annotations ({@code @Table}, {@code @Id}, {@code @GeneratedValue}, {@code @Column},
 * {@code @Transient}, {@code @Enumerated}, {@code @Version}); there is no bytecode rewriting, so
 * models work from any jar. Class-level operations live in the generated metamodel ({@code User_})
 * or in {@link Models#of(Class)}.
 *
 * <pre>{@code
 * @Table(name = "users")
 * public class User extends Model<User> {
 *     @Id @GeneratedValue public Long id;
 *     public String name;
 *     public int age;
 * }
 *
 * User ada = new User(); ada.name = "Ada"; ada.save();
 * ada.reactive().update(Map.of("age", 37)).await().indefinitely();
 * }</pre>
 *
 * <p>An instance read from a database (or saved to one) remembers it and keeps using it; a new one uses
 * the database its class is registered with.
 *
 * @param <T> the model class itself
 */
public abstract class Model<T extends Model<T>> {
    /** Which database the instance was read from or saved to; null while new. */
    private transient volatile Object duoState;

    /** For subclasses. */
    protected Model() {
    }

    /** @return this instance saved (inserted when new, updated otherwise) */
    public T save() {
        return modelType().save(self());
    }

    /** @param partial values by field name (no primary key, no guarded field), not null @return this, saved */
    public T update(Map<String, ?> partial) {
        return modelType().update(self(), partial);
    }

    /** @param partial a record or plain object; its null properties are absent, not null @return this, saved */
    public T update(Object partial) {
        return modelType().update(self(), partial);
    }

    /** @param type a record or plain class, not null @param <R> the type @return this model mapped out */
    public <R> R to(Class<R> type) {
        return modelType().to(self(), type);
    }

    /** Deletes this instance's row. */
    public void delete() {
        modelType().delete(self());
    }

    /** @return this instance reloaded from its row */
    public T refresh() {
        return modelType().refresh(self());
    }

    /** @return field name to value, in field order */
    public Map<String, Object> toMap() {
        return modelType().toMap(self());
    }

    /** @return the reactive twins of the instance operations */
    public ReactiveModel<T> reactive() {
        return new ReactiveModel<>(modelType().reactive(), self());
    }

    /** @return the class-level operations on the database this instance belongs to */
    @SuppressWarnings("unchecked")
    public ModelType<T> modelType() {
        Object state = duoState;
        if (state instanceof ModelSupport.State bound) {
            return (ModelType<T>) bound.modelType();
        }
        return Models.of((Class<T>) getClass());
    }

    @SuppressWarnings("unchecked")
    private T self() {
        return (T) this;
    }

    /** Only for the implementation: the instance state. */
    static Object state(Model<?> model) {
        return model.duoState;
    }

    static void state(Model<?> model, Object state) {
        model.duoState = state;
    }
}
