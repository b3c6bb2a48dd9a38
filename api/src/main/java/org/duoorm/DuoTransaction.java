package org.duoorm;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.temporal.ChronoUnit;

/**
 * Runs a CDI bean method in a unit of work. The kind is chosen from the method's return type, once per
 * method: {@code Uni}, {@code Multi} and {@code CompletionStage} get a reactive unit of work opened at
 * subscription; anything else (including {@code void}) a blocking one around the call.
 *
 * <p>Unlike Jakarta Transactions, every exception rolls back by default (checked ones too); list the
 * ones that should commit in {@link #dontRollbackOn()}.
 */
@InterceptorBinding
@Inherited
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface DuoTransaction {
    /** The propagation, as Jakarta Transactions' {@code TxType} (REQUIRED by default). */
    @Nonbinding
    Propagation value() default Propagation.REQUIRED;

    /** The database name; empty for the default database. */
    @Nonbinding
    String database() default "";

    /** Exceptions that roll back (all do by default; this wins over {@link #dontRollbackOn()} for subtypes). */
    @Nonbinding
    Class<? extends Throwable>[] rollbackOn() default {};

    /** Exceptions after which the unit of work still commits. */
    @Nonbinding
    Class<? extends Throwable>[] dontRollbackOn() default {};

    /** Isolation level of a unit of work this opens. */
    @Nonbinding
    Isolation isolation() default Isolation.DEFAULT;

    /** Whether a unit of work this opens is read-only. */
    @Nonbinding
    boolean readOnly() default false;

    /**
     * A time limit for a unit of work this opens, in {@link #timeoutUnit()}; 0 (the default) for none.
     * When it runs out the unit of work rolls back and fails with {@link TransactionTimeoutException}
     * (see {@link TransactionOptions#withTimeout(java.time.Duration)}).
     */
    @Nonbinding
    long timeout() default 0;

    /** The unit of {@link #timeout()}, seconds by default. */
    @Nonbinding
    ChronoUnit timeoutUnit() default ChronoUnit.SECONDS;

    /**
     * How many times to run the unit of work again after the database aborted it to stay serializable
     * or to break a deadlock ({@link SerializationFailureException}: SQL state 40001, 40P01, MariaDB 1213).
     * Only a unit of work this method opens is retried; one it joins fails and leaves the retry to the
     * method that opened it. Each retry calls the method again from the start (blocking) or re-subscribes
     * its {@code Uni} (reactive). 0, the default, means no retry. Not offered for {@code Multi}.
     */
    @Nonbinding
    int retries() default 0;

    /** The wait before the first retry, doubled for each further one (up to 100 times this value). */
    @Nonbinding
    long retryDelay() default 50;

    /** The unit of {@link #retryDelay()}. */
    @Nonbinding
    ChronoUnit retryDelayUnit() default ChronoUnit.MILLIS;
}
