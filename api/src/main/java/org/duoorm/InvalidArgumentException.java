package org.duoorm;

/**
 * An argument the API cannot accept: a null where a value is required, a page number or size below 1, a
 * negative limit, offset or time limit, a fetch size below 1, a column a row does not have. Nothing was sent
 * to the database. Fix the call; retrying it with the same arguments fails the same way.
 */
public class InvalidArgumentException extends DuoOrmException {
    private static final long serialVersionUID = 1L;

    /** @param message which argument, its value (never a secret) and what is accepted */
    public InvalidArgumentException(String message) {
        super(message);
    }
}
