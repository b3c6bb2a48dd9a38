package org.duoorm.samples.webapp;

import static org.duoorm.samples.webapp.TckChecks.TIMEOUT;
import static org.duoorm.samples.webapp.TckChecks.equal;
import static org.duoorm.samples.webapp.TckChecks.isTrue;
import static org.duoorm.samples.webapp.TckListener.Event.BEGIN;
import static org.duoorm.samples.webapp.TckListener.Event.COMMIT;
import static org.duoorm.samples.webapp.TckListener.Event.ROLLBACK;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FileNotFoundException;
import java.io.IOException;
import org.duoorm.Mode;
import org.duoorm.TransactionException;

/** The TCK's RollbackRulesTest, in both modes: which failures roll back, and that the method's own failure comes out. */
@ApplicationScoped
public class TckRollbackChecks {
    @Inject
    TckRollbackService service;
    @Inject
    TckRollbackCaller caller;

    @FunctionalInterface
    private interface Call {
        void run(Mode mode, String label, Exception failure) throws Exception;
    }

    void run(TckChecks c) {
        Call plain = (m, l, f) -> {
            if (m == Mode.BLOCKING) {
                service.plain(l, f);
            } else {
                await(service.plainUni(l, f));
            }
        };
        Call keepOnIo = (m, l, f) -> {
            if (m == Mode.BLOCKING) {
                service.keepOnIo(l, f);
            } else {
                await(service.keepOnIoUni(l, f));
            }
        };
        Call mixed = (m, l, f) -> {
            if (m == Mode.BLOCKING) {
                service.mixed(l, f);
            } else {
                await(service.mixedUni(l, f));
            }
        };
        Call both = (m, l, f) -> {
            if (m == Mode.BLOCKING) {
                service.both(l, f);
            } else {
                await(service.bothUni(l, f));
            }
        };
        for (Mode m : Mode.values()) {
            String p = "rollback " + m + " ";
            rule(c, p + "runtime exception rolls back", m, plain, () -> new IllegalStateException("boom"), false);
            rule(c, p + "checked exception rolls back too", m, plain, () -> new IOException("disk"), false);
            rule(c, p + "dontRollbackOn commits and rethrows", m, keepOnIo, () -> new IOException("disk"), true);
            rule(c, p + "dontRollbackOn covers subtypes", m, keepOnIo, () -> new FileNotFoundException("gone"), true);
            rule(c, p + "dontRollbackOn leaves other failures rolling back", m, keepOnIo, () -> new IllegalStateException("other"), false);
            rule(c, p + "broad dontRollbackOn commits", m, mixed, () -> new IllegalArgumentException("broad"), true);
            rule(c, p + "nearer rollbackOn wins", m, mixed, () -> new IllegalStateException("specific"), false);
            rule(c, p + "nearer rollbackOn wins for subtypes", m, mixed, TckRollbackService.SpecificStateFailure::new, false);
            rule(c, p + "type in both lists rolls back", m, both, () -> new IllegalArgumentException("both"), false);
            c.check(p + "joined method whose failure is kept lets the caller commit", () -> {
                if (m == Mode.BLOCKING) {
                    caller.catchingKept();
                } else {
                    await(caller.catchingKeptUni());
                }
                equal(1L, c.count("outer"), "outer");
                equal(1L, c.count("inner"), "inner");
            });
            c.check(p + "joined method that rolls back dooms the caller's unit of work", () -> {
                Throwable failure = null;
                try {
                    if (m == Mode.BLOCKING) {
                        caller.catchingRolledBack();
                    } else {
                        await(caller.catchingRolledBackUni());
                    }
                } catch (RuntimeException e) {
                    failure = e;
                }
                equal(0L, c.count("outer"), "rolled back although the caller caught the failure");
                equal(0L, c.count("inner"), "inner");
                equal(1, c.count(m, ROLLBACK), c.counts());
                isTrue(failure instanceof TransactionException, "the caller learns that its unit of work rolled back: " + failure);
            });
        }
        c.check("rollback REACTIVE failure while building the Uni surfaces at subscription", () -> {
            IllegalStateException failure = new IllegalStateException("while building");
            Uni<Void> uni = service.throwsWhileBuilding(failure);
            equal(0, c.count(Mode.REACTIVE, BEGIN), "nothing before subscription");
            try {
                await(uni);
                throw new TckChecks.CheckFailed("should fail");
            } catch (IllegalStateException e) {
                isTrue(e == failure, "the same failure: " + e);
            }
            equal(1, c.count(Mode.REACTIVE, ROLLBACK), c.counts());
        });
    }

    private static void rule(TckChecks c, String name, Mode mode, Call call, java.util.function.Supplier<Exception> failures,
            boolean committed) {
        c.check(name, () -> {
            Exception failure = failures.get();
            try {
                call.run(mode, "label", failure);
                throw new TckChecks.CheckFailed("the method should have failed with " + failure);
            } catch (TckChecks.CheckFailed e) {
                throw e;
            } catch (Exception e) {
                isTrue(failure == TckChecks.unwrap(e), "the method's own failure reaches the caller, not " + e);
            }
            equal(committed ? 1L : 0L, c.count("label"), committed ? "committed" : "rolled back");
            equal(committed ? 1 : 0, c.count(mode, COMMIT), c.counts());
            equal(committed ? 0 : 1, c.count(mode, ROLLBACK), c.counts());
        });
    }

    private static void await(Uni<Void> uni) {
        uni.await().atMost(TIMEOUT);
    }
}
