package org.duoorm.model.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.smallrye.mutiny.Uni;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.duoorm.Database;
import org.duoorm.model.Everywhere;
import org.duoorm.model.ModelTesting;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.model.ModelType;
import org.duoorm.model.Models;
import org.duoorm.testing.TestDatabases;

/**
 * A plain model class (one that does not extend {@code Model}) has no place for its snapshot: the unit of work it
 * was read in keeps it while open, so a change made there is written alone; outside a unit of work the instance
 * is detached and {@code save()} writes every updatable column, while {@code update(model, payload)} writes only
 * the payload's. The snapshots go with the unit: nothing keeps a plain instance, or what it was read as, alive.
 */
@SuppressWarnings("try")
class PlainModelChangesTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Table(name = "wr_plain_account")
    public static class PlainAccount {
        @Id
        @GeneratedValue
        public Long id;
        public String name;
        public String email;
        public Integer score;
    }

    private static PlainAccount seed(ModelType<PlainAccount> accounts) {
        return accounts.create(Map.of("name", "Ada", "email", "ada@old", "score", 1));
    }

    private static PlainAccount reload(ModelType<PlainAccount> accounts, Long id) {
        return accounts.get(id).orElseThrow();
    }

    @Everywhere
    void inAUnitOfWorkOnlyTheChangedColumnIsWrittenSoAConcurrentWriterKeepsItsChange(TestDatabases.Target target, Way way)
            throws Exception {
        try (Database db = ModelTesting.open(target, PlainAccount.class)) {
            ModelType<PlainAccount> accounts = Models.of(db, PlainAccount.class);
            Long id = seed(accounts).id;
            CompletableFuture<Void> firstLoaded = new CompletableFuture<>();
            CompletableFuture<Void> secondCommitted = new CompletableFuture<>();
            CompletableFuture<?> first;
            if (way == Way.BLOCKING) {
                first = CompletableFuture.runAsync(() -> db.useTransaction(tx -> {
                    PlainAccount a = reload(accounts, id);
                    a.name = "Ada Lovelace";
                    firstLoaded.complete(null);
                    secondCommitted.orTimeout(30, TimeUnit.SECONDS).join();
                    accounts.save(a); // explicit save in the unit: the changed column only
                }));
                firstLoaded.get(30, TimeUnit.SECONDS);
                db.useTransaction(tx -> reload(accounts, id).email = "ada@new"); // written at commit
            } else {
                first = db.transactionUni(tx -> accounts.reactive().get(id).map(a -> {
                    a.orElseThrow().name = "Ada Lovelace";
                    firstLoaded.complete(null);
                    return a.orElseThrow();
                }).call(a -> Uni.createFrom().completionStage(secondCommitted)).chain(a -> accounts.reactive().save(a)))
                        .subscribeAsCompletionStage().toCompletableFuture();
                firstLoaded.get(30, TimeUnit.SECONDS);
                db.transactionUni(tx -> accounts.reactive().get(id).invoke(a -> a.orElseThrow().email = "ada@new")).await()
                        .atMost(TIMEOUT);
            }
            secondCommitted.complete(null);
            first.get(30, TimeUnit.SECONDS);
            PlainAccount now = reload(accounts, id);
            assertEquals("Ada Lovelace", now.name, "the first unit's change");
            assertEquals("ada@new", now.email, "the second unit's change, committed in between, kept");
            assertEquals(1, now.score);
        }
    }

    @Everywhere
    void outsideAUnitOfWorkSaveWritesEveryColumnAndAPayloadUpdateOnlyItsOwn(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, PlainAccount.class)) {
            ModelType<PlainAccount> accounts = Models.of(db, PlainAccount.class);
            Long id = seed(accounts).id;
            PlainAccount byPayload = reload(accounts, id);
            PlainAccount bySave = reload(accounts, id);
            way.call(() -> accounts.update(byPayload, Map.of("email", "ada@map")),
                    () -> accounts.reactive().update(byPayload, Map.of("email", "ada@map")));
            assertEquals("ada@map", reload(accounts, id).email);
            assertEquals("Ada", reload(accounts, id).name);
            bySave.score = 7;
            way.call(() -> accounts.save(bySave), () -> accounts.reactive().save(bySave));
            PlainAccount now = reload(accounts, id);
            assertEquals(7, now.score, "the saved change");
            assertEquals("ada@old", now.email, "a detached plain instance is written whole: its old email is back");
        }
    }

    @Everywhere
    void aPlainInstanceSavedAfterItsUnitOfWorkEndedIsWrittenWhole(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, PlainAccount.class)) {
            ModelType<PlainAccount> accounts = Models.of(db, PlainAccount.class);
            Long id = seed(accounts).id;
            PlainAccount kept = way.call(() -> db.transaction(tx -> reload(accounts, id)),
                    () -> db.transactionUni(tx -> accounts.reactive().get(id).map(a -> a.orElseThrow())));
            accounts.update(reload(accounts, id), Map.of("email", "ada@between"));
            kept.name = "Ada L.";
            way.call(() -> accounts.save(kept), () -> accounts.reactive().save(kept));
            PlainAccount now = reload(accounts, id);
            assertEquals("Ada L.", now.name);
            assertEquals("ada@old", now.email, "the unit that kept its snapshot is over");
        }
    }

    @Everywhere
    void nothingKeepsALoadedPlainInstanceAlive(TestDatabases.Target target, Way way) throws InterruptedException {
        try (Database db = ModelTesting.open(target, PlainAccount.class)) {
            ModelType<PlainAccount> accounts = Models.of(db, PlainAccount.class);
            Long id = seed(accounts).id;
            WeakReference<PlainAccount> outside = new WeakReference<>(way.call(() -> reload(accounts, id),
                    () -> accounts.reactive().get(id).map(a -> a.orElseThrow())));
            WeakReference<PlainAccount> inUnit = new WeakReference<>(way.call(() -> db.transaction(tx -> reload(accounts, id)),
                    () -> db.transactionUni(tx -> accounts.reactive().get(id).map(a -> a.orElseThrow()))));
            for (int i = 0; i < 50 && (outside.get() != null || inUnit.get() != null); i++) {
                System.gc();
                Thread.sleep(20);
            }
            assertNull(outside.get(), "an instance read outside a unit of work was kept reachable");
            assertNull(inUnit.get(), "an instance read in a unit of work was kept reachable after it ended");
        }
    }
}
