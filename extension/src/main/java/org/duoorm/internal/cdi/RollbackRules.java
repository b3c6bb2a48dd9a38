package org.duoorm.internal.cdi;

import java.util.List;

/**
 * Decides whether a failure of a {@code @DuoTransaction} method rolls its unit of work back. Every
 * failure does, except one whose nearest listed type is in {@code dontRollbackOn}; when a type is
 * listed in both, or a {@code rollbackOn} entry is nearer, it rolls back.
 */
final class RollbackRules {
    private static final RollbackRules ALWAYS = new RollbackRules(List.of(), List.of());
    private final List<Class<? extends Throwable>> rollbackOn;
    private final List<Class<? extends Throwable>> dontRollbackOn;

    private RollbackRules(List<Class<? extends Throwable>> rollbackOn, List<Class<? extends Throwable>> dontRollbackOn) {
        this.rollbackOn = rollbackOn;
        this.dontRollbackOn = dontRollbackOn;
    }

    static RollbackRules of(Class<? extends Throwable>[] rollbackOn, Class<? extends Throwable>[] dontRollbackOn) {
        return dontRollbackOn.length == 0 ? ALWAYS : new RollbackRules(List.of(rollbackOn), List.of(dontRollbackOn));
    }

    /** @param failure what the method threw @return true when the unit of work should still commit */
    boolean commitsDespite(Throwable failure) {
        int keep = distance(failure.getClass(), dontRollbackOn);
        if (keep < 0) {
            return false;
        }
        int undo = distance(failure.getClass(), rollbackOn);
        return undo < 0 || keep < undo;
    }

    /** How many superclass steps from the type to the nearest listed type, or -1 when none is its supertype. */
    private static int distance(Class<?> type, List<Class<? extends Throwable>> listed) {
        int steps = 0;
        for (Class<?> c = type; c != null; c = c.getSuperclass(), steps++) {
            if (listed.contains(c)) {
                return steps;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "rollbackOn=" + rollbackOn + ", dontRollbackOn=" + dontRollbackOn;
    }
}
