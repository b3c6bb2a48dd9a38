package org.duoorm.tck.definition;

import jakarta.enterprise.context.ApplicationScoped;
import org.duoorm.DuoTransaction;

/** Names a database that is not configured. */
@ApplicationScoped
public class GhostTransactionBean {
    @DuoTransaction(database = "ghost")
    public void haunt() {
    }
}
