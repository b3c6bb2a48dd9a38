package org.duoorm.model;

/**
 * A typed handle on a relationship field, generated in the metamodel ({@code Author_.books}), so that
 * the compiler checks which model a relationship belongs to and which model its conditions apply to:
 * {@code Author_.query().related(Author_.books)},
 * {@code Author_.where(Related.exists(Author_.books, Book_.year.lt(2000)))}.
 *
 * @param <M> the model declaring the relationship
 * @param <R> the related model (the element type of a collection)
 */
public final class Relation<M, R> {
    private final Class<M> model;
    private final String name;
    private final Class<R> target;

    private Relation(Class<M> model, String name, Class<R> target) {
        this.model = Columns.notNull(model, "model");
        this.name = Columns.notNull(name, "name");
        this.target = Columns.notNull(target, "target");
    }

    /**
     * @param model the declaring model, not null
     * @param name the relationship field name, not null
     * @param target the related model, not null
     * @param <M> the declaring model
     * @param <R> the related model
     * @return the handle
     */
    public static <M, R> Relation<M, R> of(Class<M> model, String name, Class<R> target) {
        return new Relation<>(model, name, target);
    }

    /** The declaring model. */
    public Class<M> model() {
        return model;
    }

    /** The relationship field name. */
    public String name() {
        return name;
    }

    /** The related model. */
    public Class<R> target() {
        return target;
    }

    @Override
    public String toString() {
        return model.getSimpleName() + "." + name;
    }
}
