package org.duoorm.tck.lifecycle;

import static org.duoorm.tck.lifecycle.LifecycleConfig.LEDGER;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.duoorm.Database;
import org.duoorm.DuoDatabase;
import org.duoorm.DuoTransaction;

/** Uses the "lazy" database in both modes. */
@ApplicationScoped
@DuoTransaction(database = "lazy")
public class LifecycleService {
    @Inject
    @DuoDatabase("lazy")
    Database db;

    public void insert(String label) {
        LEDGER.insert(db, label);
    }

    public Uni<Void> insertUni(String label) {
        return LEDGER.insertUni(db, label);
    }
}
