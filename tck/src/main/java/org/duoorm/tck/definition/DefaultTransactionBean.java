package org.duoorm.tck.definition;

import jakarta.enterprise.context.ApplicationScoped;
import org.duoorm.DuoTransaction;

/** Uses the default database, deployed without one. */
@ApplicationScoped
@DuoTransaction
public class DefaultTransactionBean {
    public void work() {
    }
}
