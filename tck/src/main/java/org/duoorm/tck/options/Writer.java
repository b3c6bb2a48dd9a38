package org.duoorm.tck.options;

import static org.duoorm.tck.options.OptionsConfig.LEDGER;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.duoorm.Database;
import org.duoorm.DuoTransaction;

/** Writes in a read-write unit of work (REQUIRED). */
@ApplicationScoped
@DuoTransaction
public class Writer {
    @Inject
    Database db;

    public void write(String label) {
        LEDGER.insert(db, label);
    }

    public Uni<Void> writeUni(String label) {
        return LEDGER.insertUni(db, label);
    }
}
