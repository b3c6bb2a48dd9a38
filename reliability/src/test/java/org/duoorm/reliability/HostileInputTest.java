package org.duoorm.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.duoorm.Database;
import org.duoorm.Dialect;
import org.duoorm.DuoOrmException;
import org.duoorm.Mode;
import org.duoorm.testing.CountingListener;
import org.duoorm.testing.Leaks;
import org.duoorm.testing.Tables;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Thousands of generated hostile values bound as parameters (quotes, comment markers, backslashes,
 * placeholders, NUL, unpaired surrogates, huge strings, numeric edge cases): each either comes back
 * exactly as it was stored or fails with a DuoORM exception; none changes the SQL that runs (the set
 * of statement texts stays the templates, and the tables and their row counts stay intact).
 */
class HostileInputTest {
    private static final int VALUES = Scale.of(700);

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.reliability.Suite#allModes")
    void hostileValuesRoundTripOrFailCleanly(Target target, Mode mode) {
        Ledger.Line line = Ledger.line("hostile values", target, mode);
        CountingListener events = new CountingListener();
        try (Database db = Database.create(Suite.config(target, "host-" + (mode == Mode.BLOCKING ? "b" : "r"))
                .listener(events).build())) {
            String table = Tables.unique("rel_host");
            String canary = Tables.unique("rel_canary");
            db.execute("create table " + table + " (id int primary key, s " + textType(db.dialect()) + ", n bigint, d "
                    + (db.dialect() == Dialect.MARIADB ? "double" : "double precision") + ", m decimal(38,10))");
            db.execute("create table " + canary + " (id int primary key)");
            db.execute("insert into " + canary + " (id) values (1)");
            events.statements.clear();

            List<String> changed = new ArrayList<>();
            List<String> unclear = new ArrayList<>();
            int stored = 0;
            int id = 0;
            for (Hostile.Value v : Hostile.generate(target.dialect().ordinal() * 31L + mode.ordinal(), VALUES)) {
                Object value = v.value instanceof String ? ((String) v.value).replace("rel_canary", canary) : v.value;
                id++;
                Optional<Object> back;
                try {
                    back = roundTrip(db, mode, table, v.column(), id, value, id % 3 == 0);
                } catch (DuoOrmException e) {
                    line.failure(e);
                    if (v.kind.mustRoundTrip) {
                        changed.add(v + " failed: " + e.getMessage());
                    } else if (syntaxError(e)) {
                        // The server saw different SQL than the template: the value was spliced into it.
                        changed.add(v + " changed the statement: " + e.getMessage());
                    }
                    continue;
                } catch (RuntimeException e) {
                    unclear.add(v + " -> " + e);
                    continue;
                }
                stored++;
                if (!same(value, back.orElse(null))) {
                    changed.add(v + " came back as " + new Hostile.Value(v.kind, back.orElse(null)));
                }
            }
            long rows = db.queryValue(Long.class, "select count(*) from " + table).orElseThrow();
            long canaries = db.queryValue(Long.class, "select count(*) from " + canary).orElseThrow();
            Set<String> texts = new HashSet<>(events.statements);
            Leaks.assertNoActiveConnections(db);
            db.execute("drop table " + table);
            db.execute("drop table " + canary);
            line.add(2L * VALUES, 0, 0, VALUES, changed.size() + unclear.size() + Math.abs(rows - stored) + Math.abs(canaries - 1));
            System.out.printf("hostile %s %s: %d values, %d stored, %d refused %s, %d changed, %d unclear, %d statement texts%n",
                    target, mode, VALUES, stored, line.cleanFailures, line.failureTypes, changed.size(), unclear.size(), texts.size());
            line.examples.forEach((k, m) -> System.out.println("  " + k + ": " + m.substring(0, Math.min(300, m.length()))));
            changed.stream().collect(java.util.stream.Collectors.groupingBy(c -> c.substring(0, c.indexOf(':'))))
                    .forEach((k, l) -> l.stream().limit(3).forEach(c -> System.out.println("  changed " + c.replace("\n", "\\n")
                            .substring(0, Math.min(400, c.length())))));
            assertEquals(List.of(), unclear, "every failure is a DuoOrmException");
            assertEquals(List.of(), changed, "every value stored comes back exactly");
            assertEquals(stored, rows, "exactly one row per value stored");
            assertEquals(1, canaries, "the canary table is intact");
            // 4 columns x (positional insert, named insert, select): values never add a statement text.
            assertTrue(texts.size() <= 12, "values never change the statement text: " + texts);
        }
    }

    private static boolean syntaxError(DuoOrmException e) {
        return e instanceof org.duoorm.SqlExecutionException && ((org.duoorm.SqlExecutionException) e).sqlState() != null
                && ((org.duoorm.SqlExecutionException) e).sqlState().startsWith("42");
    }

    private static String textType(Dialect d) {
        switch (d) {
            case MARIADB:
            case MYSQL: return "longtext character set utf8mb4 collate utf8mb4_bin";
            case H2: return "clob";
            default: return "text";
        }
    }

    /** Inserts the value (by position or by name) and reads it back by id. */
    private static Optional<Object> roundTrip(Database db, Mode mode, String table, String column, int id, Object value,
            boolean named) {
        String insert = named ? "insert into " + table + " (id, " + column + ") values (:id, :v)"
                : "insert into " + table + " (id, " + column + ") values (?, ?)";
        String select = "select " + column + " from " + table + " where id = ?";
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("id", id);
        params.put("v", value);
        if (mode == Mode.BLOCKING) {
            if (named) {
                db.execute(insert, params);
            } else {
                db.execute(insert, id, value);
            }
            return Optional.ofNullable(db.query(select, id).get(0).get(0));
        }
        Uni<Integer> in = named ? db.reactive().execute(insert, params) : db.reactive().execute(insert, id, value);
        return in.chain(() -> db.reactive().query(select, id)).map(rows -> Optional.ofNullable(rows.get(0).get(0)))
                .await().atMost(Duration.ofSeconds(60));
    }

    private static boolean same(Object sent, Object back) {
        if (sent instanceof Double && back instanceof Number) {
            double a = (Double) sent;
            double b = ((Number) back).doubleValue();
            return Double.compare(a, b) == 0 || a == b;
        }
        if (sent instanceof BigDecimal && back instanceof Number) {
            return ((BigDecimal) sent).compareTo(new BigDecimal(back.toString())) == 0;
        }
        if (sent instanceof Long && back instanceof Number) {
            return (Long) sent == ((Number) back).longValue() && new BigDecimal(back.toString()).equals(BigDecimal.valueOf((Long) sent));
        }
        return java.util.Objects.equals(sent, back);
    }
}
