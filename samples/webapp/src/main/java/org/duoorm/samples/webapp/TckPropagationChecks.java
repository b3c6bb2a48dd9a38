package org.duoorm.samples.webapp;

import static org.duoorm.samples.webapp.TckChecks.TIMEOUT;
import static org.duoorm.samples.webapp.TckChecks.equal;
import static org.duoorm.samples.webapp.TckChecks.fails;
import static org.duoorm.samples.webapp.TckListener.Event.BEGIN;
import static org.duoorm.samples.webapp.TckListener.Event.COMMIT;
import static org.duoorm.samples.webapp.TckListener.Event.ROLLBACK;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.duoorm.Mode;
import org.duoorm.Propagation;
import org.duoorm.TransactionNotAllowedException;
import org.duoorm.TransactionRequiredException;

/** The TCK's PropagationTest, in both modes: an outer bean inserts "outer" and calls an inner one that inserts "inner". */
@ApplicationScoped
public class TckPropagationChecks {
    @Inject
    TckOuter outer;
    @Inject
    TckInner inner;

    void run(TckChecks c) {
        for (Mode m : Mode.values()) {
            String p = "propagation " + m + " ";
            c.check(p + "REQUIRED joins the open unit of work", () -> {
                fails(TckOuter.OuterFailure.class, () -> outer(m, Propagation.REQUIRED, true));
                equal(0L, c.count("outer"), "outer");
                equal(0L, c.count("inner"), "the inner call joined the outer unit of work, which rolled back");
                equal(1, c.count(m, BEGIN), c.counts());
                equal(1, c.count(m, ROLLBACK), c.counts());
            });
            c.check(p + "REQUIRED commits both on success", () -> {
                outer(m, Propagation.REQUIRED, false);
                equal(1L, c.count("outer"), "outer");
                equal(1L, c.count("inner"), "inner");
                equal(1, c.count(m, BEGIN), c.counts());
                equal(1, c.count(m, COMMIT), c.counts());
            });
            c.check(p + "REQUIRES_NEW commits independently", () -> {
                fails(TckOuter.OuterFailure.class, () -> outer(m, Propagation.REQUIRES_NEW, true));
                equal(0L, c.count("outer"), "outer");
                equal(1L, c.count("inner"), "the inner unit of work committed on its own");
                equal(2, c.count(m, BEGIN), c.counts());
                equal(1, c.count(m, COMMIT), c.counts());
                equal(1, c.count(m, ROLLBACK), c.counts());
            });
            c.check(p + "REQUIRES_NEW alone opens its own", () -> {
                alone(m, Propagation.REQUIRES_NEW);
                equal(1L, c.count("alone"), "alone");
                equal(1, c.count(m, BEGIN), c.counts());
                equal(1, c.count(m, COMMIT), c.counts());
            });
            c.check(p + "NESTED undoes only its own part", () -> {
                if (m == Mode.BLOCKING) {
                    outer.runSurvivingNestedFailure("outer", "inner");
                } else {
                    outer.runSurvivingNestedFailureUni("outer", "inner").await().atMost(TIMEOUT);
                }
                equal(1L, c.count("outer"), "the outer unit of work survived and committed");
                equal(0L, c.count("inner"), "the nested part was rolled back to its savepoint");
                equal(1, c.count(m, BEGIN), c.counts());
            });
            c.check(p + "NESTED joins and rolls back with the outer", () -> {
                fails(TckOuter.OuterFailure.class, () -> outer(m, Propagation.NESTED, true));
                equal(0L, c.count("outer"), "outer");
                equal(0L, c.count("inner"), "inner");
            });
            c.check(p + "MANDATORY fails without a unit of work", () -> {
                fails(TransactionRequiredException.class, () -> alone(m, Propagation.MANDATORY));
                equal(0L, c.count("alone"), "alone");
            });
            c.check(p + "MANDATORY joins the open unit of work", () -> {
                fails(TckOuter.OuterFailure.class, () -> outer(m, Propagation.MANDATORY, true));
                equal(0L, c.count("inner"), "inner");
                equal(1, c.count(m, BEGIN), c.counts());
            });
            c.check(p + "SUPPORTS runs without a unit of work when none is open", () -> {
                alone(m, Propagation.SUPPORTS);
                equal(1L, c.count("alone"), "alone");
                equal(0, c.count(m, BEGIN), "no unit of work was opened: " + c.counts());
            });
            c.check(p + "SUPPORTS joins the open unit of work", () -> {
                fails(TckOuter.OuterFailure.class, () -> outer(m, Propagation.SUPPORTS, true));
                equal(0L, c.count("inner"), "inner");
            });
            c.check(p + "NOT_SUPPORTED suspends the open unit of work", () -> {
                fails(TckOuter.OuterFailure.class, () -> outer(m, Propagation.NOT_SUPPORTED, true));
                equal(0L, c.count("outer"), "outer");
                equal(1L, c.count("inner"), "the inner insert ran on its own, outside the outer unit of work");
                equal(1, c.count(m, BEGIN), c.counts());
            });
            c.check(p + "NOT_SUPPORTED runs alone without a unit of work", () -> {
                alone(m, Propagation.NOT_SUPPORTED);
                equal(1L, c.count("alone"), "alone");
                equal(0, c.count(m, BEGIN), c.counts());
            });
            c.check(p + "NEVER fails inside a unit of work", () -> {
                fails(TransactionNotAllowedException.class, () -> outer(m, Propagation.NEVER, false));
                equal(0L, c.count("outer"), "the failure rolled the outer unit of work back");
                equal(0L, c.count("inner"), "inner");
            });
            c.check(p + "NEVER runs without a unit of work", () -> {
                alone(m, Propagation.NEVER);
                equal(1L, c.count("alone"), "alone");
                equal(0, c.count(m, BEGIN), c.counts());
            });
        }
    }

    private void outer(Mode mode, Propagation propagation, boolean fail) {
        if (mode == Mode.BLOCKING) {
            outer.run(propagation, "outer", "inner", fail);
        } else {
            outer.runUni(propagation, "outer", "inner", fail).await().atMost(TIMEOUT);
        }
    }

    private void alone(Mode mode, Propagation propagation) {
        String label = "alone";
        if (mode == Mode.BLOCKING) {
            switch (propagation) {
                case MANDATORY -> inner.mandatory(label);
                case SUPPORTS -> inner.supports(label);
                case NOT_SUPPORTED -> inner.notSupported(label);
                case NEVER -> inner.never(label);
                case REQUIRES_NEW -> inner.requiresNew(label);
                case NESTED -> inner.nested(label);
                case REQUIRED -> inner.required(label);
            }
        } else {
            Uni<Void> uni = switch (propagation) {
                case MANDATORY -> inner.mandatoryUni(label);
                case SUPPORTS -> inner.supportsUni(label);
                case NOT_SUPPORTED -> inner.notSupportedUni(label);
                case NEVER -> inner.neverUni(label);
                case REQUIRES_NEW -> inner.requiresNewUni(label);
                case NESTED -> inner.nestedUni(label);
                case REQUIRED -> inner.requiredUni(label);
            };
            uni.await().atMost(TIMEOUT);
        }
    }
}
