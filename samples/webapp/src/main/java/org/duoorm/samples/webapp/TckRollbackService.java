package org.duoorm.samples.webapp;


import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.duoorm.Database;
import org.duoorm.DuoDatabase;
import org.duoorm.DuoTransaction;

/** Each method inserts a label and then throws what it is given; the annotations differ in their rules. */
@ApplicationScoped
public class TckRollbackService {
    @Inject
    @DuoDatabase("orders")
    Database db;

    /** Default rules: everything rolls back, checked exceptions too. */
    @DuoTransaction(database = "orders")
    public void plain(String label, Exception failure) throws Exception {
        TckLedger.insert(db, label);
        throw failure;
    }

    @DuoTransaction(database = "orders", dontRollbackOn = IOException.class)
    public void keepOnIo(String label, Exception failure) throws Exception {
        TckLedger.insert(db, label);
        throw failure;
    }

    /** Any RuntimeException commits, except IllegalStateException and its subtypes, which are nearer. */
    @DuoTransaction(database = "orders", dontRollbackOn = RuntimeException.class, rollbackOn = IllegalStateException.class)
    public void mixed(String label, Exception failure) throws Exception {
        TckLedger.insert(db, label);
        throw failure;
    }

    /** A type in both lists rolls back. */
    @DuoTransaction(database = "orders", dontRollbackOn = IllegalArgumentException.class, rollbackOn = IllegalArgumentException.class)
    public void both(String label, Exception failure) throws Exception {
        TckLedger.insert(db, label);
        throw failure;
    }

    @DuoTransaction(database = "orders")
    public Uni<Void> plainUni(String label, Exception failure) {
        return TckLedger.insertUni(db, label).chain(() -> Uni.createFrom().failure(failure));
    }

    @DuoTransaction(database = "orders", dontRollbackOn = IOException.class)
    public Uni<Void> keepOnIoUni(String label, Exception failure) {
        return TckLedger.insertUni(db, label).chain(() -> Uni.createFrom().failure(failure));
    }

    @DuoTransaction(database = "orders", dontRollbackOn = RuntimeException.class, rollbackOn = IllegalStateException.class)
    public Uni<Void> mixedUni(String label, Exception failure) {
        return TckLedger.insertUni(db, label).chain(() -> Uni.createFrom().failure(failure));
    }

    @DuoTransaction(database = "orders", dontRollbackOn = IllegalArgumentException.class, rollbackOn = IllegalArgumentException.class)
    public Uni<Void> bothUni(String label, Exception failure) {
        return TckLedger.insertUni(db, label).chain(() -> Uni.createFrom().failure(failure));
    }

    /** Throws while building its Uni: the failure surfaces at subscription, inside the unit of work. */
    @DuoTransaction(database = "orders")
    public Uni<Void> throwsWhileBuilding(Exception failure) throws Exception {
        throw failure;
    }

    /** A subtype of IllegalStateException, which {@link #mixed} lists in rollbackOn. */
    public static class SpecificStateFailure extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        public SpecificStateFailure() {
            super("specific state failure");
        }
    }
}
