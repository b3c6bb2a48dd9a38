package org.duoorm.tck.propagation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.duoorm.Mode;
import org.duoorm.Propagation;

/** Runs the scenario's calls in one mode or the other, so a test reads the same for both. */
@ApplicationScoped
public class PropagationDriver {
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    OuterService outer;
    @Inject
    InnerService inner;

    /** The outer method around an inner call. */
    public void outer(Mode mode, Propagation propagation, String outerLabel, String innerLabel, boolean fail) {
        if (mode == Mode.BLOCKING) {
            outer.run(propagation, outerLabel, innerLabel, fail);
        } else {
            outer.runUni(propagation, outerLabel, innerLabel, fail).await().atMost(TIMEOUT);
        }
    }

    /** The inner method alone, outside any unit of work. */
    public void innerAlone(Mode mode, Propagation propagation, String label) {
        if (mode == Mode.BLOCKING) {
            switch (propagation) {
                case MANDATORY -> inner.mandatory(label);
                case SUPPORTS -> inner.supports(label);
                case NOT_SUPPORTED -> inner.notSupported(label);
                case NEVER -> inner.never(label);
                case REQUIRES_NEW -> inner.requiresNew(label);
                case NESTED -> inner.nested(label);
                case REQUIRED -> inner.required(label);
                default -> throw new IllegalArgumentException(propagation.name());
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

    /** The outer method surviving a failed NESTED inner call. */
    public void surviveNested(Mode mode, String outerLabel, String innerLabel) {
        if (mode == Mode.BLOCKING) {
            outer.runSurvivingNestedFailure(outerLabel, innerLabel);
        } else {
            outer.runSurvivingNestedFailureUni(outerLabel, innerLabel).await().atMost(TIMEOUT);
        }
    }
}
