package org.duoorm.tck.options;

import static org.duoorm.tck.options.OptionsConfig.LEDGER;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.duoorm.Database;
import org.duoorm.DuoTransaction;

/** Read-only units of work: {@code readOnly} reaches the database, and a read-write call cannot join. */
@ApplicationScoped
@DuoTransaction(readOnly = true)
public class ReadOnlyService {
    @Inject
    Database db;
    @Inject
    Writer writer;

    public void writeDirectly(String label) {
        LEDGER.insert(db, label);
    }

    public Uni<Void> writeDirectlyUni(String label) {
        return LEDGER.insertUni(db, label);
    }

    public void callWriter(String label) {
        writer.write(label);
    }

    public Uni<Void> callWriterUni(String label) {
        return writer.writeUni(label);
    }

    public long count() {
        return LEDGER.count(db);
    }

    public Uni<Long> countUni() {
        return db.reactive().queryValue(Long.class, "select count(*) from " + LEDGER.table()).map(v -> v.orElse(0L));
    }
}
