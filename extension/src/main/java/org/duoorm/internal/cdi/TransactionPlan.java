package org.duoorm.internal.cdi;

import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.time.Duration;
import org.duoorm.Database;
import org.duoorm.DatabaseConfig;
import org.duoorm.DuoTransaction;
import org.duoorm.TransactionOptions;

/** What the interceptor does for one method of one bean class: decided once, then cached. */
final class TransactionPlan {
    private final String database;
    private final TransactionOptions options;
    private final RollbackRules rules;
    private final ReturnTypeAdapter adapter;
    private final RetryPolicy retry;

    private TransactionPlan(String database, TransactionOptions options, RollbackRules rules, ReturnTypeAdapter adapter,
            RetryPolicy retry) {
        this.database = database;
        this.options = options;
        this.rules = rules;
        this.adapter = adapter;
        this.retry = retry;
    }

    /**
     * @param method the intercepted method
     * @param binding its effective {@code @DuoTransaction}
     * @return the plan
     * @throws IllegalStateException when no adapter handles the return type (normally refused at deployment)
     */
    static TransactionPlan of(Method method, DuoTransaction binding) {
        ReturnTypeAdapter adapter = ReturnTypeAdapters.find(method.getReturnType())
                .orElseThrow(() -> new IllegalStateException(ReturnTypeAdapters.unsupported(method)));
        return new TransactionPlan(databaseName(binding), options(binding),
                RollbackRules.of(binding.rollbackOn(), binding.dontRollbackOn()), adapter, RetryPolicy.of(binding));
    }

    /**
     * @param binding the annotation
     * @return its unit-of-work options
     * @throws RuntimeException (IllegalArgumentException, ArithmeticException, an unsupported unit) for a bad timeout
     */
    static TransactionOptions options(DuoTransaction binding) {
        return TransactionOptions.of(binding.value())
                .withIsolation(binding.isolation())
                .withReadOnly(binding.readOnly())
                .withTimeout(Duration.of(binding.timeout(), binding.timeoutUnit()));
    }

    static String databaseName(DuoTransaction binding) {
        return binding.database().isEmpty() ? DatabaseConfig.DEFAULT_NAME : binding.database();
    }

    String database() {
        return database;
    }

    TransactionOptions options() {
        return options;
    }

    RollbackRules rules() {
        return rules;
    }

    RetryPolicy retry() {
        return retry;
    }

    Object invoke(InvocationContext invocation, Database db) throws Exception {
        return adapter.invoke(invocation, db, this);
    }

    @Override
    public String toString() {
        return "TransactionPlan[" + database + ", " + options + ", " + rules + ", " + adapter.description() + ", " + retry + "]";
    }
}
