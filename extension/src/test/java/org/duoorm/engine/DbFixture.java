package org.duoorm.engine;

import org.duoorm.Database;
import org.duoorm.DatabaseConfig;
import org.duoorm.testing.Leaks;
import org.duoorm.testing.Tables;
import org.duoorm.testing.TestDatabases;

/** One database under test with a fresh table {@code (id int primary key, name varchar(100))}, checked for leaks on close. */
final class DbFixture implements AutoCloseable {
    final Database db;
    final String table;

    DbFixture(TestDatabases.Target target) {
        this(target, target.config());
    }

    DbFixture(TestDatabases.Target target, DatabaseConfig.Builder config) {
        this.db = Database.create(config.build());
        this.table = Tables.unique("e_t");
        db.execute("create table " + table + " (id int primary key, name varchar(100))");
    }

    long count() {
        return db.queryValue(Long.class, "select count(*) from " + table).orElseThrow();
    }

    void insert(int id, String name) {
        db.execute("insert into " + table + " (id, name) values (?, ?)", id, name);
    }

    @Override
    public void close() {
        try {
            Leaks.assertNoActiveConnections(db);
            db.execute("drop table " + table);
        } finally {
            db.close();
        }
    }
}
