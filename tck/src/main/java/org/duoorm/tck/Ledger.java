package org.duoorm.tck;

import io.smallrye.mutiny.Uni;
import org.duoorm.Database;

/**
 * A one-column table of labels, the TCK's way to see what a unit of work committed. Raw SQL, the
 * same in every dialect; the table name is unique to the run.
 */
public final class Ledger {
    private final String table;

    /** @param base a short name, see {@link TckEnvironment#table(String)} */
    public Ledger(String base) {
        this.table = TckEnvironment.table(base);
    }

    public String table() {
        return table;
    }

    /** Drops and creates the table. @param db the database */
    public void create(Database db) {
        drop(db);
        db.execute("create table " + table + " (label varchar(100) not null)");
    }

    /** @param db the database */
    public void drop(Database db) {
        db.execute("drop table if exists " + table);
    }

    /** Inserts a label, joining the unit of work open on this thread. @param db the database @param label the label */
    public void insert(Database db, String label) {
        db.execute("insert into " + table + " (label) values (?)", label);
    }

    /** Inserts a label, joining the unit of work of the subscription. @param db the database @param label the label @return completion */
    public Uni<Void> insertUni(Database db, String label) {
        return db.reactive().execute("insert into " + table + " (label) values (?)", label).replaceWithVoid();
    }

    /** Counts a label outside any unit of work. @param db the database @param label the label @return the rows with it */
    public long count(Database db, String label) {
        return db.queryValue(Long.class, "select count(*) from " + table + " where label = ?", label).orElse(0L);
    }

    /** @param db the database @return all rows */
    public long count(Database db) {
        return db.queryValue(Long.class, "select count(*) from " + table).orElse(0L);
    }
}
