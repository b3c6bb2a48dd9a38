package org.duoorm.samples.webapp;


import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import org.duoorm.Database;
import org.duoorm.DuoDatabase;
import org.duoorm.DuoTransaction;
import org.duoorm.SerializationFailureException;

/**
 * Writes a row, then fails the way the database does when it aborts a unit of work to stay serializable
 * (SQL state 40001), as long as {@link #failuresLeft} says so: what is retried, and how often, is then
 * counted exactly. That the databases really report such aborts as {@link SerializationFailureException}
 * is proven against PostgreSQL and MariaDB deadlocks by the reliability suite.
 */
@ApplicationScoped
public class TckRetryService {
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    @Inject
    @DuoDatabase("orders")
    Database db;

    /** How often a method body ran. */
    public int attempts() {
        return attempts.get();
    }

    /** Starts counting the attempts afresh (one instance serves every check). */
    public void resetAttempts() {
        attempts.set(0);
    }

    /** Makes the next {@code n} bodies end with a serialization failure. */
    public void failNext(int n) {
        failuresLeft.set(n);
    }

    private void failIfAsked() {
        if (failuresLeft.getAndDecrement() > 0) {
            throw new SerializationFailureException("could not serialize access (simulated)", "40001", 0, null);
        }
    }

    @DuoTransaction(database = "orders", retries = 2, retryDelay = 5)
    public void write(String label) {
        attempts.incrementAndGet();
        TckLedger.insert(db, label);
        failIfAsked();
    }

    @DuoTransaction(database = "orders", retries = 2, retryDelay = 5)
    public Uni<Void> writeUni(String label) {
        return Uni.createFrom().deferred(() -> {
            attempts.incrementAndGet();
            return TckLedger.insertUni(db, label).invoke(this::failIfAsked);
        });
    }

    @DuoTransaction(database = "orders", retries = 2, retryDelay = 5)
    public void failsOtherwise(String label) {
        attempts.incrementAndGet();
        TckLedger.insert(db, label);
        throw new IllegalStateException("not a serialization failure");
    }
}
