package org.duoorm.model;

import org.duoorm.DuoOrmException;

/** A bulk update or delete without a condition, not allowed by {@code wholeTable()}. */
public class FilterRequiredException extends DuoOrmException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and what to do about it */
    public FilterRequiredException(String message) {
        super(message);
    }
}
