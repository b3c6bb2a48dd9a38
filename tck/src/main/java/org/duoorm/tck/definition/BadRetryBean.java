package org.duoorm.tck.definition;

import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import org.duoorm.DuoTransaction;

/** Retry settings that cannot work: a negative count, and retries on a stream whose items are already out. */
@ApplicationScoped
public class BadRetryBean {
    @DuoTransaction(retries = -1)
    public void negative() {
    }

    @DuoTransaction(retries = 2)
    public Multi<String> stream() {
        return Multi.createFrom().empty();
    }
}
