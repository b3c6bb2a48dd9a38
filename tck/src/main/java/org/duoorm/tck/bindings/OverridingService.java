package org.duoorm.tck.bindings;

import jakarta.enterprise.context.ApplicationScoped;
import org.duoorm.DuoTransaction;
import org.duoorm.Propagation;

/** A class-level binding, and a method whose own binding wins. */
@ApplicationScoped
@DuoTransaction(Propagation.MANDATORY)
public class OverridingService {
    public String classLevel() {
        return "class";
    }

    @DuoTransaction(Propagation.REQUIRED)
    public String methodLevel() {
        return "method";
    }
}
