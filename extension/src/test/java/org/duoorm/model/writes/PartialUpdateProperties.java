package org.duoorm.model.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import org.duoorm.Database;
import org.duoorm.Dialect;
import org.duoorm.model.ModelType;
import org.duoorm.model.Models;
import org.duoorm.model.writes.Accounts.Account;
import org.duoorm.testing.NeedsDatabase;
import org.duoorm.testing.TestDatabases;

/**
 * Partial updates as a property: a row, two copies of it loaded before either writes, each changing or giving a
 * random set of columns (overlapping or not, to equal or new values, NULLs included) through a random path (tracked
 * change at commit, {@code save}, {@code update(Map)}), blocking or reactive. The second writer wins exactly the
 * columns it wrote; every other column keeps the first writer's value or the original. A column counts as written
 * when it was given ({@code update(Map)}) or changed from the value its copy loaded (the other paths). A writer
 * that wrote every column would put back the other's columns as it loaded them.
 */
class PartialUpdateProperties {
    private static final int TRIES = 150;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> COLUMNS = List.of("name", "email", "score", "active");
    private static Database db;

    enum Path { TRACKED, SAVE, UPDATE_MAP }

    /** One writer: its path, mode, and new values by column (a missing column is left alone). */
    record Writer(Path path, boolean reactive, Map<String, Object> values) {
    }

    record Case(Map<String, Object> initial, Writer first, Writer second) {
    }

    private static Arbitrary<Object> value(String column) {
        return switch (column) {
            case "name", "email" -> Arbitraries.of("a", "b", "O'Hara", "").map(x -> (Object) x).injectNull(0.2);
            case "score" -> Arbitraries.integers().between(-2, 2).map(x -> (Object) x).injectNull(0.2);
            default -> Arbitraries.of(true, false).map(x -> (Object) x).injectNull(0.2);
        };
    }

    private static Arbitrary<Map<String, Object>> values(int min) {
        Arbitrary<Map<String, Object>> all = Combinators.combine(value("name"), value("email"), value("score"), value("active"))
                .as((a, b, c, d) -> {
                    Map<String, Object> m = new HashMap<>();
                    m.put("name", a);
                    m.put("email", b);
                    m.put("score", c);
                    m.put("active", d);
                    return m;
                });
        return Combinators.combine(all, Arbitraries.subsetOf(COLUMNS).ofMinSize(min)).as((m, keep) -> {
            Map<String, Object> out = new HashMap<>();
            for (String k : keep) {
                out.put(k, m.get(k));
            }
            return out;
        });
    }

    private static Arbitrary<Writer> writer() {
        return Combinators.combine(Arbitraries.of(Path.class), Arbitraries.of(true, false), values(0)).as(Writer::new);
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(values(4), writer(), writer()).as(Case::new);
    }

    private static Database use(Dialect dialect) {
        if (db != null && db.dialect() == dialect) {
            return db;
        }
        close();
        TestDatabases.Target t = TestDatabases.targets().stream().filter(x -> x.dialect() == dialect).findFirst().orElseThrow();
        db = Database.create(t.config().build());
        Models.register(db, Account.class);
        Models.schema(db).drop();
        Models.schema(db).create();
        return db;
    }

    @AfterContainer
    static void close() {
        if (db != null) {
            Models.schema(db).drop();
            db.close();
            db = null;
        }
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    void onH2(@ForAll("cases") Case k) {
        check(use(Dialect.H2), k);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    @AddLifecycleHook(NeedsDatabase.class)
    void onPostgres(@ForAll("cases") Case k) {
        check(use(Dialect.POSTGRESQL), k);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    @AddLifecycleHook(NeedsDatabase.class)
    void onMariaDb(@ForAll("cases") Case k) {
        check(use(Dialect.MARIADB), k);
    }

    private static void check(Database db, Case k) {
        ModelType<Account> accounts = Models.of(db, Account.class);
        Account row = accounts.create(k.initial());
        Account first = accounts.get(row.id).orElseThrow();
        Account second = accounts.get(row.id).orElseThrow();
        Map<String, Object> expected = new HashMap<>(k.initial());
        for (Object[] w : List.of(new Object[] {k.first(), first}, new Object[] {k.second(), second})) {
            Writer writer = (Writer) w[0];
            // save and update(Map) write from copies loaded before either writer wrote; a tracked change loads its
            // copy inside its unit of work, so it compares with the row as it is then
            Map<String, Object> loaded = writer.path() == Path.TRACKED ? new HashMap<>(expected) : k.initial();
            write(db, accounts, (Account) w[1], writer);
            for (Map.Entry<String, Object> e : writer.values().entrySet()) {
                if (writer.path() == Path.UPDATE_MAP || !Objects.equals(e.getValue(), loaded.get(e.getKey()))) {
                    expected.put(e.getKey(), e.getValue());
                }
            }
        }
        Account now = accounts.get(row.id).orElseThrow();
        Map<String, Object> actual = new HashMap<>();
        actual.put("name", now.name);
        actual.put("email", now.email);
        actual.put("score", now.score);
        actual.put("active", now.active);
        assertEquals(expected, actual, db.dialect() + " " + k);
    }

    private static void apply(Account a, Map<String, Object> values) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            switch (e.getKey()) {
                case "name" -> a.name = (String) e.getValue();
                case "email" -> a.email = (String) e.getValue();
                case "score" -> a.score = (Integer) e.getValue();
                default -> a.active = (Boolean) e.getValue();
            }
        }
    }

    /** Writes through the writer's path: a tracked change loads its own copy in a unit of work, as it would. */
    private static void write(Database db, ModelType<Account> accounts, Account copy, Writer w) {
        switch (w.path()) {
            case UPDATE_MAP -> {
                if (w.reactive()) {
                    accounts.reactive().update(copy, w.values()).await().atMost(TIMEOUT);
                } else {
                    accounts.update(copy, w.values());
                }
            }
            case SAVE -> {
                apply(copy, w.values());
                if (w.reactive()) {
                    accounts.reactive().save(copy).await().atMost(TIMEOUT);
                } else {
                    accounts.save(copy);
                }
            }
            case TRACKED -> {
                if (w.reactive()) {
                    db.transactionUni(tx -> accounts.reactive().get(copy.id).invoke(a -> apply(a.orElseThrow(), w.values())))
                            .await().atMost(TIMEOUT);
                } else {
                    db.useTransaction(tx -> apply(accounts.get(copy.id).orElseThrow(), w.values()));
                }
            }
        }
    }
}
