package org.duoorm.samples.webapp;

import io.smallrye.mutiny.Uni;
import org.duoorm.Database;

/** The TCK's one-column table of labels (raw SQL, the same in every dialect), in the "orders" database. */
final class TckLedger {
    static final String TABLE = "srv_tck_ledger";

    private TckLedger() {
    }

    static void create(Database db) {
        db.execute("drop table if exists " + TABLE);
        db.execute("create table " + TABLE + " (label varchar(100) not null)");
    }

    static void clear(Database db) {
        db.execute("delete from " + TABLE);
    }

    static void insert(Database db, String label) {
        db.execute("insert into " + TABLE + " (label) values (?)", label);
    }

    static Uni<Void> insertUni(Database db, String label) {
        return db.reactive().execute("insert into " + TABLE + " (label) values (?)", label).replaceWithVoid();
    }

    static long count(Database db, String label) {
        return db.queryValue(Long.class, "select count(*) from " + TABLE + " where label = ?", label).orElse(0L);
    }

    static long count(Database db) {
        return db.queryValue(Long.class, "select count(*) from " + TABLE).orElse(0L);
    }
}
