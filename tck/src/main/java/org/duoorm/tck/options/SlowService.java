package org.duoorm.tck.options;

import static org.duoorm.tck.options.OptionsConfig.LEDGER;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.duoorm.Database;
import org.duoorm.DuoTransaction;

/** Units of work with a time limit of 300 ms that take longer. */
@ApplicationScoped
@DuoTransaction(timeout = 300, timeoutUnit = ChronoUnit.MILLIS)
public class SlowService {
    @Inject
    Database db;

    public void insertSlowly(String label) throws InterruptedException {
        LEDGER.insert(db, label);
        Thread.sleep(700);
        LEDGER.insert(db, label);
    }

    public Uni<Void> insertSlowlyUni(String label) {
        return LEDGER.insertUni(db, label)
                .onItem().delayIt().by(Duration.ofMillis(700))
                .chain(() -> LEDGER.insertUni(db, label));
    }

    public void insertQuickly(String label) {
        LEDGER.insert(db, label);
    }
}
