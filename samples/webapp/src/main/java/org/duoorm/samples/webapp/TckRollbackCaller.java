package org.duoorm.samples.webapp;


import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.duoorm.Database;
import org.duoorm.DuoDatabase;
import org.duoorm.DuoTransaction;

/**
 * Opens a unit of work, inserts "outer", calls a {@link TckRollbackService} method that joins it and fails,
 * and catches that failure: whether the joined unit of work can still commit depends on the inner
 * method's rules.
 */
@ApplicationScoped
@DuoTransaction(database = "orders")
public class TckRollbackCaller {
    @Inject
    @DuoDatabase("orders")
    Database db;
    @Inject
    TckRollbackService service;

    /** The inner failure is one its method lets commit: the whole unit of work commits. */
    public void catchingKept() {
        TckLedger.insert(db, "outer");
        try {
            service.keepOnIo("inner", new IOException("kept"));
        } catch (Exception expected) {
            // handled here
        }
    }

    /** The inner failure rolls back: the joined unit of work can no longer commit. */
    public void catchingRolledBack() {
        TckLedger.insert(db, "outer");
        try {
            service.plain("inner", new IllegalStateException("rolled back"));
        } catch (Exception expected) {
            // handled here, but too late for the unit of work
        }
    }

    public Uni<Void> catchingKeptUni() {
        return TckLedger.insertUni(db, "outer")
                .chain(() -> service.keepOnIoUni("inner", new IOException("kept")))
                .onFailure().recoverWithNull();
    }

    public Uni<Void> catchingRolledBackUni() {
        return TckLedger.insertUni(db, "outer")
                .chain(() -> service.plainUni("inner", new IllegalStateException("rolled back")))
                .onFailure().recoverWithNull();
    }
}
