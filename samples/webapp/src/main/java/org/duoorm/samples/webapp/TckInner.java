package org.duoorm.samples.webapp;


import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.duoorm.Database;
import org.duoorm.DuoDatabase;
import org.duoorm.DuoTransaction;
import org.duoorm.Propagation;

/** One insert per propagation, blocking and reactive side by side. */
@ApplicationScoped
public class TckInner {
    @Inject
    @DuoDatabase("orders")
    Database db;

    @DuoTransaction(value = Propagation.REQUIRED, database = "orders")
    public void required(String label) {
        TckLedger.insert(db, label);
    }

    @DuoTransaction(value = Propagation.REQUIRES_NEW, database = "orders")
    public void requiresNew(String label) {
        TckLedger.insert(db, label);
    }

    @DuoTransaction(value = Propagation.NESTED, database = "orders")
    public void nested(String label) {
        TckLedger.insert(db, label);
    }

    @DuoTransaction(value = Propagation.MANDATORY, database = "orders")
    public void mandatory(String label) {
        TckLedger.insert(db, label);
    }

    @DuoTransaction(value = Propagation.SUPPORTS, database = "orders")
    public void supports(String label) {
        TckLedger.insert(db, label);
    }

    @DuoTransaction(value = Propagation.NOT_SUPPORTED, database = "orders")
    public void notSupported(String label) {
        TckLedger.insert(db, label);
    }

    @DuoTransaction(value = Propagation.NEVER, database = "orders")
    public void never(String label) {
        TckLedger.insert(db, label);
    }

    @DuoTransaction(value = Propagation.NESTED, database = "orders")
    public void nestedThenFail(String label) {
        TckLedger.insert(db, label);
        throw new InnerFailure();
    }

    @DuoTransaction(value = Propagation.REQUIRED, database = "orders")
    public Uni<Void> requiredUni(String label) {
        return TckLedger.insertUni(db, label);
    }

    @DuoTransaction(value = Propagation.REQUIRES_NEW, database = "orders")
    public Uni<Void> requiresNewUni(String label) {
        return TckLedger.insertUni(db, label);
    }

    @DuoTransaction(value = Propagation.NESTED, database = "orders")
    public Uni<Void> nestedUni(String label) {
        return TckLedger.insertUni(db, label);
    }

    @DuoTransaction(value = Propagation.MANDATORY, database = "orders")
    public Uni<Void> mandatoryUni(String label) {
        return TckLedger.insertUni(db, label);
    }

    @DuoTransaction(value = Propagation.SUPPORTS, database = "orders")
    public Uni<Void> supportsUni(String label) {
        return TckLedger.insertUni(db, label);
    }

    @DuoTransaction(value = Propagation.NOT_SUPPORTED, database = "orders")
    public Uni<Void> notSupportedUni(String label) {
        return TckLedger.insertUni(db, label);
    }

    @DuoTransaction(value = Propagation.NEVER, database = "orders")
    public Uni<Void> neverUni(String label) {
        return TckLedger.insertUni(db, label);
    }

    @DuoTransaction(value = Propagation.NESTED, database = "orders")
    public Uni<Void> nestedThenFailUni(String label) {
        return TckLedger.insertUni(db, label).chain(() -> Uni.createFrom().failure(new InnerFailure()));
    }

    /** Thrown by the failing inner methods. */
    public static class InnerFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public InnerFailure() {
            super("inner failure");
        }
    }
}
