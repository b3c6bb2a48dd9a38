package org.duoorm.internal.reactive;

import io.smallrye.mutiny.Context;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Acquire, use, release, for a resource that arrives asynchronously, safe against cancellation at any
 * instant: while acquiring (the resource is released when it arrives), while in use (the use is
 * cancelled and the resource released), or while releasing. Mutiny's own operators can drop an item
 * that races with a cancellation; here one lock decides who releases, so it happens exactly once.
 */
public final class Scopes {
    /** How the use of a resource ended. */
    public enum Outcome { SUCCESS, FAILURE, CANCELLED }

    private Scopes() {
    }

    /**
     * @param acquire starts acquiring at subscription
     * @param use builds the use from the resource and a private copy of the subscriber's context, which it
     *     may extend; the use is subscribed with that copy
     * @param release gives the resource back; its failure is added to the use's failure
     */
    public static <R, T> Uni<T> using(Supplier<CompletionStage<R>> acquire, BiFunction<R, Context, Uni<T>> use,
            BiFunction<R, Outcome, Uni<Void>> release) {
        return Uni.createFrom().context(ctx -> Uni.createFrom().<T>emitter(em -> {
            Scope<R, T> scope = new Scope<>(em, copy(ctx), use, release);
            em.onTermination(scope::cancelIfRunning);
            scope.start(acquire);
        }));
    }

    /** A copy of a context, so that what a scope adds stays inside the scope. */
    public static Context copy(Context ctx) {
        Map<String, Object> m = new HashMap<>();
        for (String k : ctx.keys()) {
            m.put(k, ctx.get(k));
        }
        return Context.from(m);
    }

    /** Subscribes {@code uni} with another context, for the length of this subscription. */
    public static <T> Uni<T> withContext(Uni<T> uni, java.util.function.UnaryOperator<Context> change) {
        return Uni.createFrom().context(ctx -> Uni.createFrom().<T>emitter(em -> {
            Cancellable c = uni.subscribe().with(change.apply(copy(ctx)), em::complete, em::fail);
            // Also called after an item or a failure, when cancelling is a no-op.
            em.onTermination(c::cancel);
        }));
    }

    private static final class Scope<R, T> {
        private final UniEmitter<? super T> emitter;
        private final Context context;
        private final BiFunction<R, Context, Uni<T>> use;
        private final BiFunction<R, Outcome, Uni<Void>> release;
        private R resource;
        private Cancellable running;
        private boolean cancelled;
        private boolean finished;

        Scope(UniEmitter<? super T> emitter, Context context, BiFunction<R, Context, Uni<T>> use,
                BiFunction<R, Outcome, Uni<Void>> release) {
            this.emitter = emitter;
            this.context = context;
            this.use = use;
            this.release = release;
        }

        void start(Supplier<CompletionStage<R>> acquire) {
            CompletionStage<R> stage;
            try {
                stage = acquire.get();
            } catch (Throwable t) {
                emitter.fail(t);
                return;
            }
            stage.whenComplete((r, e) -> {
                if (e != null) {
                    failBeforeUse(e);
                } else {
                    acquired(r);
                }
            });
        }

        private void failBeforeUse(Throwable e) {
            synchronized (this) {
                if (cancelled) {
                    return;
                }
                finished = true;
            }
            emitter.fail(e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e);
        }

        private void acquired(R r) {
            synchronized (this) {
                resource = r;
                if (cancelled) {
                    fireAndForget(release.apply(r, Outcome.CANCELLED));
                    return;
                }
            }
            Uni<T> work;
            try {
                work = use.apply(r, context);
            } catch (Throwable t) {
                finish(null, t);
                return;
            }
            Cancellable c = work.subscribe().with(context, item -> finish(item, null), failure -> finish(null, failure));
            synchronized (this) {
                if (!finished) {
                    running = c;
                }
            }
        }

        private void finish(T item, Throwable failure) {
            synchronized (this) {
                if (cancelled || finished) {
                    return;
                }
                finished = true;
                running = null;
            }
            Outcome outcome = failure == null ? Outcome.SUCCESS : Outcome.FAILURE;
            Uni<Void> rel;
            try {
                rel = release.apply(resource, outcome);
            } catch (Throwable t) {
                rel = Uni.createFrom().failure(t);
            }
            rel.subscribe().with(context, v -> deliver(item, failure), relFailure -> {
                if (failure != null) {
                    failure.addSuppressed(relFailure);
                    emitter.fail(failure);
                } else {
                    emitter.fail(relFailure);
                }
            });
        }

        private void deliver(T item, Throwable failure) {
            if (failure != null) {
                emitter.fail(failure);
            } else {
                emitter.complete(item);
            }
        }

        /** Called on every termination; only a cancellation finds the scope unfinished. */
        void cancelIfRunning() {
            Cancellable c;
            R r;
            synchronized (this) {
                if (finished || cancelled) {
                    return;
                }
                cancelled = true;
                c = running;
                r = resource;
            }
            if (c != null) {
                c.cancel();
            }
            if (r != null) {
                fireAndForget(release.apply(r, Outcome.CANCELLED));
            }
        }

        private static void fireAndForget(Uni<Void> u) {
            u.subscribe().with(v -> { }, e -> { });
        }
    }
}
