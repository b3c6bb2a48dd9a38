package org.duoorm.tck.definition;

import jakarta.enterprise.context.ApplicationScoped;
import org.duoorm.DuoTransaction;

/** A time limit that cannot work. */
@ApplicationScoped
public class NegativeTimeoutBean {
    @DuoTransaction(timeout = -1)
    public void work() {
    }
}
