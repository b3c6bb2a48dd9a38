package org.duoorm.model;

/** How {@link QuerySteps#related(String, Fetch)} loads a relationship with its parents. */
public enum Fetch {
    /** One extra {@code SELECT ... WHERE key IN (...)} for all parents of a result (the default). */
    SELECTIN,
    /** One {@code LEFT JOIN} in the parents' own statement. */
    JOINED
}
