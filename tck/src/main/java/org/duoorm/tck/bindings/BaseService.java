package org.duoorm.tck.bindings;

import org.duoorm.DuoTransaction;
import org.duoorm.Propagation;

/** Declares the binding on a superclass; {@code @DuoTransaction} is {@code @Inherited}. */
@DuoTransaction(Propagation.MANDATORY)
public abstract class BaseService {
    public String work() {
        return "done";
    }
}
