package org.duoorm.tck.propagation;

import static org.duoorm.tck.propagation.PropagationConfig.LEDGER;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.duoorm.Database;
import org.duoorm.DuoTransaction;
import org.duoorm.Propagation;

/** One insert per propagation, blocking and reactive side by side. */
@ApplicationScoped
public class InnerService {
    @Inject
    Database db;

    @DuoTransaction(Propagation.REQUIRED)
    public void required(String label) {
        LEDGER.insert(db, label);
    }

    @DuoTransaction(Propagation.REQUIRES_NEW)
    public void requiresNew(String label) {
        LEDGER.insert(db, label);
    }

    @DuoTransaction(Propagation.NESTED)
    public void nested(String label) {
        LEDGER.insert(db, label);
    }

    @DuoTransaction(Propagation.MANDATORY)
    public void mandatory(String label) {
        LEDGER.insert(db, label);
    }

    @DuoTransaction(Propagation.SUPPORTS)
    public void supports(String label) {
        LEDGER.insert(db, label);
    }

    @DuoTransaction(Propagation.NOT_SUPPORTED)
    public void notSupported(String label) {
        LEDGER.insert(db, label);
    }

    @DuoTransaction(Propagation.NEVER)
    public void never(String label) {
        LEDGER.insert(db, label);
    }

    @DuoTransaction(Propagation.NESTED)
    public void nestedThenFail(String label) {
        LEDGER.insert(db, label);
        throw new InnerFailure();
    }

    @DuoTransaction(Propagation.REQUIRED)
    public Uni<Void> requiredUni(String label) {
        return LEDGER.insertUni(db, label);
    }

    @DuoTransaction(Propagation.REQUIRES_NEW)
    public Uni<Void> requiresNewUni(String label) {
        return LEDGER.insertUni(db, label);
    }

    @DuoTransaction(Propagation.NESTED)
    public Uni<Void> nestedUni(String label) {
        return LEDGER.insertUni(db, label);
    }

    @DuoTransaction(Propagation.MANDATORY)
    public Uni<Void> mandatoryUni(String label) {
        return LEDGER.insertUni(db, label);
    }

    @DuoTransaction(Propagation.SUPPORTS)
    public Uni<Void> supportsUni(String label) {
        return LEDGER.insertUni(db, label);
    }

    @DuoTransaction(Propagation.NOT_SUPPORTED)
    public Uni<Void> notSupportedUni(String label) {
        return LEDGER.insertUni(db, label);
    }

    @DuoTransaction(Propagation.NEVER)
    public Uni<Void> neverUni(String label) {
        return LEDGER.insertUni(db, label);
    }

    @DuoTransaction(Propagation.NESTED)
    public Uni<Void> nestedThenFailUni(String label) {
        return LEDGER.insertUni(db, label).chain(() -> Uni.createFrom().failure(new InnerFailure()));
    }

    /** Thrown by the failing inner methods. */
    public static class InnerFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public InnerFailure() {
            super("inner failure");
        }
    }
}
