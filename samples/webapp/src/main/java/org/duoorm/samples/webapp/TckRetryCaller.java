package org.duoorm.samples.webapp;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.duoorm.DuoTransaction;

/** Opens a unit of work that the retrying methods join: a joined unit of work is not theirs to retry. */
@ApplicationScoped
@DuoTransaction(database = "orders")
public class TckRetryCaller {
    @Inject
    TckRetryService service;

    public void joined(String label) {
        service.write(label);
    }

    public Uni<Void> joinedUni(String label) {
        return service.writeUni(label);
    }
}
