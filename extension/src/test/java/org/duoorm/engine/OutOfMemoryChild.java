package org.duoorm.engine;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.duoorm.Database;
import org.duoorm.DatabaseConfig;
import org.duoorm.Dialect;
import org.duoorm.Row;

/**
 * Run by {@link ErrorInterruptedConnectionTest} in its own JVM with a small heap: a unit of work inserts a row, then
 * reads a result larger than the heap, so that a real {@link OutOfMemoryError} strikes while the driver (or, for
 * H2, the database engine itself) is reading. The pool has one connection. Then it reports, one {@code key=value}
 * per line: the error, whether the next unit of work could borrow a connection within its bound, whether that
 * connection is a new one, whether the old server session is gone, and whether the interrupted unit's row was kept.
 *
 * <p>Arguments: the URL, {@code blocking} or {@code reactive}, a table name.
 */
public final class OutOfMemoryChild {
    private OutOfMemoryChild() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        boolean reactive = args[1].equals("reactive");
        String table = args[2];
        Database db = Database.create(DatabaseConfig.url(url)
                .engineOption("maxSize", 1).engineOption("acquisitionTimeout", "10s").build());
        Dialect d = db.dialect();
        String session = d == Dialect.POSTGRESQL ? "select pg_backend_pid()"
                : d == Dialect.H2 ? "select session_id()" : "select connection_id()";
        String sessionAlive = d == Dialect.POSTGRESQL ? "select count(*) from pg_stat_activity where pid = ?"
                : d == Dialect.H2 ? "select count(*) from information_schema.sessions where session_id = ?"
                : "select count(*) from information_schema.processlist where id = ?";
        // about 400 MB of text, several times the child's heap: the reading side runs out of memory
        String big = d == Dialect.POSTGRESQL ? "select repeat('x', 1000000) from generate_series(1, 400)"
                : d == Dialect.H2 ? "select repeat('x', 1000000 + x) from system_range(1, 400)"
                : "select repeat('x', 1000000) from seq_1_to_400";
        db.execute("create table " + table + " (id int primary key)");
        long[] before = new long[1];
        Throwable caught = null;
        try {
            if (reactive) {
                db.reactive().transaction(s -> s.execute("insert into " + table + " values (1)")
                        .chain(() -> s.queryValue(Long.class, session))
                        .invoke(id -> before[0] = id.orElseThrow())
                        .chain(() -> s.query(big)))
                        .await().atMost(Duration.ofSeconds(60));
            } else {
                db.useTransaction(s -> {
                    s.execute("insert into " + table + " values (1)");
                    before[0] = s.queryValue(Long.class, session).orElseThrow();
                    s.query(big);
                });
            }
        } catch (Throwable t) {
            caught = t;
            t.printStackTrace(System.out); // for the reader of a failed test's output
        }
        System.gc();
        System.out.println("error=" + (caught == null ? "none" : caught.getClass().getName()));
        ExecutorService next = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "next-unit");
            t.setDaemon(true);
            return t;
        });
        Future<List<Long>> after = next.submit(() -> reactive
                ? db.reactive().transaction(s -> s.queryValue(Long.class, session).chain(id ->
                        s.queryValue(Long.class, "select count(*) from " + table).map(n ->
                                List.of(id.orElseThrow(), n.orElseThrow()))))
                        .await().atMost(Duration.ofSeconds(30))
                : db.transaction(s -> List.of(s.queryValue(Long.class, session).orElseThrow(),
                        s.queryValue(Long.class, "select count(*) from " + table).orElseThrow())));
        try {
            List<Long> r = after.get(40, TimeUnit.SECONDS);
            System.out.println("nextUnit=ok");
            System.out.println("newSession=" + (r.get(0) != before[0]));
            System.out.println("rowsKept=" + r.get(1));
            long alive = db.queryValue(Long.class, sessionAlive, before[0]).orElseThrow();
            System.out.println("oldSessionAlive=" + alive);
        } catch (Exception e) {
            System.out.println("nextUnit=" + e);
        } finally {
            try {
                db.execute("drop table " + table);
            } finally {
                System.out.println("end");
                System.out.flush();
                Runtime.getRuntime().halt(0); // a stuck H2 session must not keep this JVM alive
            }
        }
    }
}
