package org.duoorm.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.duoorm.Database;
import org.duoorm.Row;
import org.duoorm.testing.ConnectionIds;
import org.duoorm.testing.Tables;

/**
 * Accounts and a journal of transfers between them. A transfer moves money between two accounts and
 * writes its journal line in one unit of work, so at any time each balance must equal its opening
 * balance plus what the journal says came in minus what went out: a partly committed transfer breaks
 * that, and so does a committed one missing from the journal.
 */
final class Bank {
    static final int ACCOUNTS = 10;
    static final long OPENING = 1_000;

    final Database db;
    final String accounts = Tables.unique("rel_acct");
    final String journal = Tables.unique("rel_jrnl");
    private final String idSql;

    Bank(Database db) {
        this.db = db;
        this.idSql = ConnectionIds.sql(db.dialect());
        db.execute("create table " + accounts + " (id int primary key, balance bigint not null)");
        db.execute("create table " + journal + " (id int primary key, src int not null, dst int not null, amount int not null)");
        for (int i = 0; i < ACCOUNTS; i++) {
            db.execute("insert into " + accounts + " (id, balance) values (?, ?)", i, OPENING);
        }
    }

    /** One transfer, blocking; {@code connection} learns the server-side id of the connection it runs on. */
    void transfer(int id, Random random, LongConsumer connection, Duration pause) {
        int[] t = pick(random);
        db.useTransaction(tx -> {
            connection.accept(tx.queryValue(Long.class, idSql).orElseThrow());
            tx.execute("update " + accounts + " set balance = balance + ? where id = ?", t[2] * sign(t, 0), Math.min(t[0], t[1]));
            sleep(pause);
            tx.execute("update " + accounts + " set balance = balance + ? where id = ?", t[2] * sign(t, 1), Math.max(t[0], t[1]));
            tx.execute("insert into " + journal + " (id, src, dst, amount) values (?, ?, ?, ?)", id, t[0], t[1], t[2]);
        });
    }

    /** The same transfer as a reactive unit of work. */
    Uni<Void> transferUni(int id, Random random, LongConsumer connection, Duration pause) {
        int[] t = pick(random);
        return db.reactive().useTransaction(s -> s.queryValue(Long.class, idSql)
                .invoke(c -> connection.accept(c.orElseThrow()))
                .chain(() -> s.execute("update " + accounts + " set balance = balance + ? where id = ?", t[2] * sign(t, 0),
                        Math.min(t[0], t[1])))
                .onItem().delayIt().by(pause)
                .chain(() -> s.execute("update " + accounts + " set balance = balance + ? where id = ?", t[2] * sign(t, 1),
                        Math.max(t[0], t[1])))
                .chain(() -> s.execute("insert into " + journal + " (id, src, dst, amount) values (?, ?, ?, ?)",
                        id, t[0], t[1], t[2])));
    }

    /** Locks in id order so that transfers never deadlock each other. */
    private static int sign(int[] t, int position) {
        int lower = Math.min(t[0], t[1]);
        boolean lowerIsSource = lower == t[0];
        return (position == 0) == lowerIsSource ? -1 : 1;
    }

    private static int[] pick(Random random) {
        int src = random.nextInt(ACCOUNTS);
        int dst = (src + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
        return new int[] {src, dst, 1 + random.nextInt(100)};
    }

    private static void sleep(Duration d) {
        if (!d.isZero()) {
            try {
                Thread.sleep(d.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Checks the invariants and returns how many things were lost: transfers that reported success but
     * are not in the journal, plus accounts whose balance disagrees with the journal, plus money created
     * or destroyed.
     */
    long verify(Set<Integer> reportedCommitted) {
        Map<Integer, Long> expected = new HashMap<>();
        Set<Integer> journalled = new java.util.HashSet<>();
        for (Row r : db.query("select id, src, dst, amount from " + journal)) {
            journalled.add(r.get("id", Integer.class));
            long amount = r.get("amount", Long.class);
            expected.merge(r.get("src", Integer.class), -amount, Long::sum);
            expected.merge(r.get("dst", Integer.class), amount, Long::sum);
        }
        long lost = 0;
        for (Integer id : reportedCommitted) {
            if (!journalled.contains(id)) {
                lost++;
            }
        }
        long total = 0;
        for (Row r : db.query("select id, balance from " + accounts)) {
            long balance = r.get("balance", Long.class);
            total += balance;
            if (balance != OPENING + expected.getOrDefault(r.get("id", Integer.class), 0L)) {
                lost++;
            }
        }
        lost += Math.abs(total - ACCOUNTS * OPENING);
        assertEquals(ACCOUNTS * OPENING, total, "money is neither created nor destroyed");
        assertTrue(journalled.containsAll(reportedCommitted), "every transfer that reported success is in the journal");
        assertEquals(0, lost, "every balance agrees with the journal");
        return lost;
    }

    long journalled() {
        return db.queryValue(Long.class, "select count(*) from " + journal).orElseThrow();
    }

    void drop() {
        db.execute("drop table " + journal);
        db.execute("drop table " + accounts);
    }

    static final class Ids {
        private Ids() {
        }

        static LongConsumer into(AtomicLong holder, Set<Long> inFlight) {
            return id -> {
                holder.set(id);
                inFlight.add(id);
            };
        }
    }
}
