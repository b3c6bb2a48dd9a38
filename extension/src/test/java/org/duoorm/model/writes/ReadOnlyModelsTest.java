package org.duoorm.model.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.duoorm.Database;
import org.duoorm.ReadOnlyTransactionException;
import org.duoorm.TransactionOptions;
import org.duoorm.model.Everywhere;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.model.ModelType;
import org.duoorm.model.Models;
import org.duoorm.model.writes.Accounts.Account;
import org.duoorm.testing.CountingListener;
import org.duoorm.testing.TestDatabases;

/**
 * A read-only unit of work and models: a tracked change is never flushed (the unit commits, nothing is written),
 * and a model write inside it (create, save, update, delete, bulk update or delete) fails at the call with
 * {@link ReadOnlyTransactionException}, before any statement is sent. The same on every database, both modes.
 */
@SuppressWarnings("try")
class ReadOnlyModelsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final TransactionOptions READ_ONLY = TransactionOptions.defaults().withReadOnly(true);

    private static Database open(TestDatabases.Target target, CountingListener l) {
        Database db = Database.create(target.config().listener(l).build());
        Models.register(db, Account.class);
        Models.schema(db).drop();
        Models.schema(db).create();
        return db;
    }

    private static List<String> writes(CountingListener l) {
        return l.statements.stream().filter(s -> {
            String u = s.trim().toUpperCase(Locale.ROOT);
            return u.startsWith("INSERT") || u.startsWith("UPDATE") || u.startsWith("DELETE");
        }).toList();
    }

    @Everywhere
    void aTrackedChangeIsNeverFlushed(TestDatabases.Target target, Way way) {
        CountingListener l = new CountingListener();
        try (Database db = open(target, l)) {
            ModelType<Account> accounts = Models.of(db, Account.class);
            Long id = accounts.create(Map.of("name", "Ada")).id;
            l.statements.clear();
            if (way == Way.BLOCKING) {
                db.useTransaction(READ_ONLY, tx -> {
                    accounts.get(id).orElseThrow().name = "changed";
                    Models.flush(db);
                });
            } else {
                db.reactive().transaction(READ_ONLY, tx -> accounts.reactive().get(id).invoke(a -> a.orElseThrow().name = "changed")
                        .chain(() -> Models.flushUni(db))).await().atMost(TIMEOUT);
            }
            assertEquals(List.of(), writes(l), "no write was sent");
            assertEquals("Ada", accounts.get(id).orElseThrow().name);
        }
    }

    @Everywhere
    void modelWritesFailAtTheCall(TestDatabases.Target target, Way way) {
        CountingListener l = new CountingListener();
        try (Database db = open(target, l)) {
            ModelType<Account> accounts = Models.of(db, Account.class);
            Long id = accounts.create(Map.of("name", "Ada")).id;
            Map<String, Function<Account, Object>> blocking = new java.util.LinkedHashMap<>();
            Map<String, Function<Account, Uni<?>>> reactive = new java.util.LinkedHashMap<>();
            blocking.put("create", a -> accounts.create(Map.of("name", "new")));
            reactive.put("create", a -> accounts.reactive().create(Map.of("name", "new")));
            blocking.put("createBulk", a -> accounts.createBulk(List.of(Map.of("name", "new"))));
            reactive.put("createBulk", a -> accounts.reactive().createBulk(List.of(Map.of("name", "new"))));
            blocking.put("save", a -> {
                a.name = "saved";
                return accounts.save(a);
            });
            reactive.put("save", a -> {
                a.name = "saved";
                return accounts.reactive().save(a);
            });
            blocking.put("update", a -> accounts.update(a, Map.of("email", "e")));
            reactive.put("update", a -> accounts.reactive().update(a, Map.of("email", "e")));
            blocking.put("delete", a -> {
                accounts.delete(a);
                return null;
            });
            reactive.put("delete", a -> accounts.reactive().delete(a));
            blocking.put("updateBulk", a -> accounts.query().wholeTable().updateBulk(Map.of("score", 1)));
            reactive.put("updateBulk", a -> accounts.query().wholeTable().reactive().updateBulk(Map.of("score", 1)));
            blocking.put("deleteBulk", a -> accounts.query().wholeTable().deleteBulk());
            reactive.put("deleteBulk", a -> accounts.query().wholeTable().reactive().deleteBulk());
            for (String name : blocking.keySet()) {
                l.statements.clear();
                AtomicReference<Throwable> refused = new AtomicReference<>();
                Supplier<Object> run = way == Way.BLOCKING ? () -> {
                    try {
                        return db.transaction(READ_ONLY, tx -> {
                            try {
                                return blocking.get(name).apply(accounts.get(id).orElseThrow());
                            } catch (RuntimeException e) {
                                refused.set(e);
                                return null;
                            }
                        });
                    } catch (RuntimeException commit) {
                        return commit;
                    }
                } : () -> db.reactive().transaction(READ_ONLY, tx -> accounts.reactive().get(id).chain(a -> reactive.get(name)
                        .apply(a.orElseThrow())).onFailure().invoke(refused::set).onFailure().recoverWithNull().map(x -> (Object) x))
                        .onFailure().recoverWithItem(commit -> commit).await().atMost(TIMEOUT);
                run.get();
                assertInstanceOf(ReadOnlyTransactionException.class, refused.get(), name);
                assertTrue(refused.get().getMessage().toLowerCase(Locale.ROOT).contains("read-only"), refused.get().getMessage());
                assertEquals(List.of(), writes(l), name + ": no write was sent");
            }
            assertEquals(1L, accounts.query().count());
            Account a = accounts.get(id).orElseThrow();
            assertEquals("Ada", a.name);
            assertEquals(null, a.email);
        }
    }
}
