package org.duoorm;

/** Parameters that do not fit a statement: a wrong count, a missing or extra name, or mixed styles. */
public class BindParameterException extends DuoOrmException {
    private static final long serialVersionUID = 1L;

    /** @param message what does not fit and how to fix it */
    public BindParameterException(String message) {
        super(message);
    }
}
