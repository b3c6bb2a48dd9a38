package org.duoorm.model.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.mutiny.Uni;
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
import org.duoorm.model.writes.Accounts.Account;
import org.duoorm.testing.TestDatabases;

/**
 * Two writers change different columns of one row, each from its own copy loaded before the other wrote: both
 * changes survive, because an update writes only the columns that were given or changed (a tracked change at
 * commit, {@code save}, {@code update(Map)}, {@code update(dto)}). A writer that wrote every column would put
 * back the other's old value.
 */
@SuppressWarnings("try")
class PartialUpdateTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static Account seed(ModelType<Account> accounts) {
        return accounts.create(Map.of("name", "Ada", "email", "ada@old", "score", 1, "active", true));
    }

    private static Account reload(ModelType<Account> accounts, Long id) {
        return accounts.get(id).orElseThrow();
    }

    @Everywhere
    void concurrentUnitsOfWorkChangingDifferentColumnsBothSurvive(TestDatabases.Target target, Way way) throws Exception {
        try (Database db = ModelTesting.open(target, Account.class)) {
            ModelType<Account> accounts = Models.of(db, Account.class);
            Long id = seed(accounts).id;
            CompletableFuture<Void> firstLoaded = new CompletableFuture<>();
            CompletableFuture<Void> secondCommitted = new CompletableFuture<>();
            CompletableFuture<Void> first;
            if (way == Way.BLOCKING) {
                first = CompletableFuture.runAsync(() -> db.useTransaction(tx -> {
                    Account a = reload(accounts, id);
                    a.name = "Ada Lovelace";
                    firstLoaded.complete(null);
                    secondCommitted.orTimeout(30, TimeUnit.SECONDS).join();
                }));
                firstLoaded.get(30, TimeUnit.SECONDS);
                db.useTransaction(tx -> reload(accounts, id).email = "ada@new");
            } else {
                first = db.transactionUni(tx -> accounts.reactive().get(id).invoke(a -> {
                    a.orElseThrow().name = "Ada Lovelace";
                    firstLoaded.complete(null);
                }).chain(a -> Uni.createFrom().completionStage(secondCommitted))).subscribeAsCompletionStage().toCompletableFuture()
                        .thenApply(x -> null);
                firstLoaded.get(30, TimeUnit.SECONDS);
                db.transactionUni(tx -> accounts.reactive().get(id).invoke(a -> a.orElseThrow().email = "ada@new")).await()
                        .atMost(TIMEOUT);
            }
            secondCommitted.complete(null);
            first.get(30, TimeUnit.SECONDS);
            Account now = reload(accounts, id);
            assertEquals("Ada Lovelace", now.name, "the first unit's change");
            assertEquals("ada@new", now.email, "the second unit's change, committed in between");
            assertEquals(1, now.score);
        }
    }

    @Everywhere
    void staleCopiesWriteOnlyWhatTheyChangeOrAreGiven(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Account.class)) {
            ModelType<Account> accounts = Models.of(db, Account.class);
            Long id = seed(accounts).id;
            Account byMap = reload(accounts, id);
            Account byDto = reload(accounts, id);
            Account bySave = reload(accounts, id);
            Account byOther = reload(accounts, id);
            way.call(() -> accounts.update(byMap, Map.of("email", "ada@map")), () -> accounts.reactive().update(byMap,
                    Map.of("email", "ada@map")));
            way.call(() -> accounts.update(byDto, new Accounts.NameOnly("Ada by DTO")),
                    () -> accounts.reactive().update(byDto, new Accounts.NameOnly("Ada by DTO")));
            bySave.score = 7;
            way.call(() -> accounts.save(bySave), () -> accounts.reactive().save(bySave));
            byOther.active = false;
            way.call(() -> byOther.save(), () -> byOther.reactive().save());
            Account now = reload(accounts, id);
            assertEquals("ada@map", now.email, "update(Map) from a stale copy");
            assertEquals("Ada by DTO", now.name, "update(dto) from a stale copy");
            assertEquals(7, now.score, "save() of a stale copy");
            assertEquals(false, now.active, "Model.save() of a stale copy");
        }
    }

    @Everywhere
    void aGivenValueEqualToTheLoadedOneIsStillWritten(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Account.class)) {
            ModelType<Account> accounts = Models.of(db, Account.class);
            Long id = seed(accounts).id;
            Account stale = reload(accounts, id);
            accounts.update(reload(accounts, id), Map.of("email", "ada@between"));
            // "email" is given with the value this copy loaded: the caller asked for it, so it is written
            way.call(() -> accounts.update(stale, Map.of("email", "ada@old")), () -> accounts.reactive().update(stale,
                    Map.of("email", "ada@old")));
            assertEquals("ada@old", reload(accounts, id).email);
        }
    }
}
