package org.duoorm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Map;
import org.duoorm.Database;
import org.duoorm.OptimisticLockException;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.testing.TestDatabases;

/** Optimistic locking through {@code @Version}. */
@SuppressWarnings("try")
class VersionTest {

    @Table(name = "m_version_account")
    public static class Account extends Model<Account> {
        @Id
        @GeneratedValue
        public Long id;
        public String owner;
        public long balance;
        @Version
        public int version;
    }

    @Everywhere
    void versionStartsAtZeroAndGrowsOnEachUpdate(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Account.class)) {
            Account a = way.call(() -> VersionTest_Account_.create(Map.of("owner", "Ada", "balance", 10)),
                    () -> VersionTest_Account_.reactive().create(Map.of("owner", "Ada", "balance", 10)));
            assertEquals(0, a.version);
            a.balance = 20;
            way.call(a::save, () -> a.reactive().save());
            assertEquals(1, a.version);
            way.call(() -> a.update(Map.of("balance", 30)), () -> a.reactive().update(Map.of("balance", 30)));
            assertEquals(2, a.version);
            assertEquals(2, VersionTest_Account_.get(a.id).orElseThrow().version);
        }
    }

    @Everywhere
    void aStaleUpdateFailsAndChangesNothing(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Account.class)) {
            Account mine = VersionTest_Account_.create(Map.of("owner", "Ada", "balance", 10));
            Account theirs = VersionTest_Account_.get(mine.id).orElseThrow();
            theirs.balance = 500;
            theirs.save();
            mine.balance = 0;
            assertThrows(OptimisticLockException.class, () -> way.call(mine::save, () -> mine.reactive().save()));
            Account stored = VersionTest_Account_.get(mine.id).orElseThrow();
            assertEquals(500, stored.balance);
            assertEquals(1, stored.version);
            assertEquals(0, mine.version, "the stale instance keeps its version");
            assertThrows(OptimisticLockException.class, () -> way.run(mine::delete, () -> mine.reactive().delete()));
            assertEquals(1L, VersionTest_Account_.count());
            way.call(mine::refresh, () -> mine.reactive().refresh());
            mine.balance = 1;
            way.call(mine::save, () -> mine.reactive().save());
            assertEquals(2, mine.version);
            way.run(mine::delete, () -> mine.reactive().delete());
            assertEquals(0L, VersionTest_Account_.count());
        }
    }

    @Everywhere
    void bulkUpdatesBumpTheVersion(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Account.class)) {
            Account a = VersionTest_Account_.create(Map.of("owner", "Ada", "balance", 10));
            Query<Account> q = VersionTest_Account_.where(VersionTest_Account_.owner.eq("Ada"));
            way.call(() -> q.updateBulk(VersionTest_Account_.balance.set(VersionTest_Account_.balance.times(3L))),
                    () -> q.reactive().updateBulk(VersionTest_Account_.balance.set(VersionTest_Account_.balance.times(3L))));
            Account stored = VersionTest_Account_.get(a.id).orElseThrow();
            assertEquals(30, stored.balance);
            assertEquals(1, stored.version);
            a.balance = 11;
            assertThrows(OptimisticLockException.class, a::save, "an instance read before the bulk update is stale");
        }
    }
}
