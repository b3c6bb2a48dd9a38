package org.duoorm;

import java.util.List;

/** Values that break declared constraints; {@link #violations()} lists every one, not just the first. */
public class ValidationException extends DuoOrmException {
    private static final long serialVersionUID = 1L;
    private final List<String> violations;

    /** @param violations one readable line per violation, not null */
    public ValidationException(List<String> violations) {
        super("Validation failed: " + String.join("; ", violations));
        this.violations = List.copyOf(violations);
    }

    /** Every violation, one readable line each. */
    public List<String> violations() {
        return violations;
    }
}
