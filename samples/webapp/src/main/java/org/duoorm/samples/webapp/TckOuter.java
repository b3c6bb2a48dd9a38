package org.duoorm.samples.webapp;


import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.duoorm.Database;
import org.duoorm.DuoDatabase;
import org.duoorm.DuoTransaction;
import org.duoorm.Propagation;

/**
 * Opens a unit of work (REQUIRED, from the class-level binding), inserts its own label, calls the
 * inner bean with a propagation, and then fails or not.
 */
@ApplicationScoped
@DuoTransaction(database = "orders")
public class TckOuter {
    @Inject
    @DuoDatabase("orders")
    Database db;
    @Inject
    TckInner inner;

    public void run(Propagation propagation, String outer, String innerLabel, boolean fail) {
        TckLedger.insert(db, outer);
        callInner(propagation, innerLabel);
        if (fail) {
            throw new OuterFailure();
        }
    }

    public Uni<Void> runUni(Propagation propagation, String outer, String innerLabel, boolean fail) {
        return TckLedger.insertUni(db, outer)
                .chain(() -> callInnerUni(propagation, innerLabel))
                .chain(() -> fail ? Uni.createFrom().failure(new OuterFailure()) : Uni.createFrom().voidItem());
    }

    /** Inserts, calls a NESTED inner method that fails, and goes on after catching its failure. */
    public void runSurvivingNestedFailure(String outer, String innerLabel) {
        TckLedger.insert(db, outer);
        try {
            inner.nestedThenFail(innerLabel);
        } catch (TckInner.InnerFailure expected) {
            // the savepoint was rolled back; the outer unit of work goes on
        }
    }

    public Uni<Void> runSurvivingNestedFailureUni(String outer, String innerLabel) {
        return TckLedger.insertUni(db, outer)
                .chain(() -> inner.nestedThenFailUni(innerLabel))
                .onFailure(TckInner.InnerFailure.class).recoverWithNull();
    }

    private void callInner(Propagation propagation, String label) {
        switch (propagation) {
            case REQUIRED -> inner.required(label);
            case REQUIRES_NEW -> inner.requiresNew(label);
            case NESTED -> inner.nested(label);
            case MANDATORY -> inner.mandatory(label);
            case SUPPORTS -> inner.supports(label);
            case NOT_SUPPORTED -> inner.notSupported(label);
            case NEVER -> inner.never(label);
            default -> throw new IllegalArgumentException(propagation.name());
        }
    }

    private Uni<Void> callInnerUni(Propagation propagation, String label) {
        return switch (propagation) {
            case REQUIRED -> inner.requiredUni(label);
            case REQUIRES_NEW -> inner.requiresNewUni(label);
            case NESTED -> inner.nestedUni(label);
            case MANDATORY -> inner.mandatoryUni(label);
            case SUPPORTS -> inner.supportsUni(label);
            case NOT_SUPPORTED -> inner.notSupportedUni(label);
            case NEVER -> inner.neverUni(label);
        };
    }

    /** Thrown by the outer method after the inner call when asked to fail. */
    public static class OuterFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public OuterFailure() {
            super("outer failure");
        }
    }
}
