package org.duoorm.model.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.duoorm.Database;
import org.duoorm.model.Everywhere;
import org.duoorm.model.ModelTesting;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.model.ModelType;
import org.duoorm.model.Models;
import org.duoorm.model.writes.Accounts.Account;
import org.duoorm.model.writes.Accounts.Code;
import org.duoorm.testing.TestDatabases;

/**
 * {@code createBulkReturning}: each returned model is the row inserted for the payload at its position, whatever
 * order the database returns rows in: every returned model's key reads back that payload's values.
 */
@SuppressWarnings("try")
class BulkReturningTest {
    @Everywhere
    void generatedKeysBelongToTheirOwnPayloads(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Account.class)) {
            ModelType<Account> accounts = Models.of(db, Account.class);
            List<Map<String, Object>> payloads = new ArrayList<>();
            for (int i = 0; i < 37; i++) {
                Map<String, Object> m = new HashMap<>();
                m.put("name", "n" + (37 - i)); // names in the opposite order of insertion
                m.put("score", i % 5 == 0 ? null : i);
                payloads.add(m);
            }
            List<Account> made = way.call(() -> accounts.createBulkReturning(payloads),
                    () -> accounts.reactive().createBulkReturning(payloads));
            assertEquals(payloads.size(), made.size());
            assertEquals(payloads.size(), new HashSet<>(made.stream().map(a -> a.id).toList()).size(), "distinct keys");
            for (int i = 0; i < payloads.size(); i++) {
                Account a = made.get(i);
                assertNotNull(a.id);
                assertEquals(payloads.get(i).get("name"), a.name, "in payload order");
                Account stored = accounts.get(a.id).orElseThrow();
                assertEquals(payloads.get(i).get("name"), stored.name, "the key returned for payload " + i + " is its row's");
                assertEquals(payloads.get(i).get("score"), stored.score);
            }
        }
    }

    @Everywhere
    void givenKeysBelongToTheirOwnPayloads(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Code.class)) {
            ModelType<Code> codes = Models.of(db, Code.class);
            List<Map<String, Object>> payloads = new ArrayList<>();
            for (int i = 0; i < 29; i++) {
                // keys that sort differently from the payload order, as text and as numbers
                payloads.add(Map.of("code", Integer.toString((i * 17) % 29, 7), "label", "l" + i, "rank", 100 - i));
            }
            List<Code> made = way.call(() -> codes.createBulkReturning(payloads), () -> codes.reactive().createBulkReturning(payloads));
            assertEquals(payloads.size(), made.size());
            for (int i = 0; i < payloads.size(); i++) {
                assertEquals(payloads.get(i).get("code"), made.get(i).code, "in payload order");
                assertEquals(payloads.get(i).get("label"), made.get(i).label);
                Code stored = codes.get(made.get(i).code).orElseThrow();
                assertEquals(payloads.get(i).get("label"), stored.label);
                assertEquals(payloads.get(i).get("rank"), stored.rank);
            }
        }
    }
}
