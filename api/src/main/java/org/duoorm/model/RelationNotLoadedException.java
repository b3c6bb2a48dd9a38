package org.duoorm.model;

import org.duoorm.DuoOrmException;

/**
 * A relationship was read that was not loaded. DuoORM never loads a relationship behind the caller's
 * back: ask for it with {@code query.related("name")}.
 */
public class RelationNotLoadedException extends DuoOrmException {
    private static final long serialVersionUID = 1L;

    /** @param message what was read and how to load it */
    public RelationNotLoadedException(String message) {
        super(message);
    }
}
