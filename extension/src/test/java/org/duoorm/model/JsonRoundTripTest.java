package org.duoorm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duoorm.Database;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.testing.RandomJson;
import org.duoorm.testing.TestDatabases;

/**
 * Property test: random nested JSON values (every kind of character, numbers at the edges of int, long
 * and double) written through a model, batched into one table, come back equal on every database,
 * blocking and reactive. The seed is fixed so a failure repeats; {@code -Dduoorm.json.seed=n} tries another.
 */
@SuppressWarnings("try")
class JsonRoundTripTest {
    static final int VALUES = 2_000;

    @Table(name = "m_json_round")
    public static class Blob extends Model<Blob> {
        @Id
        @GeneratedValue
        public Long id;
        public int seq;
        public Map<String, Object> object;
        public List<Object> array;
    }

    @Everywhere
    void randomValuesComeBackEqual(TestDatabases.Target target, Way way) {
        long seed = Long.getLong("duoorm.json.seed", 20240611L);
        RandomJson random = new RandomJson(seed);
        List<Map<String, Object>> payloads = new ArrayList<>();
        for (int i = 0; i < VALUES / 2; i++) {
            Map<String, Object> p = new HashMap<>();
            p.put("seq", i);
            p.put("object", random.object(4));
            p.put("array", random.array(4));
            payloads.add(p);
        }
        try (Database db = ModelTesting.open(target, Blob.class)) {
            way.call(() -> JsonRoundTripTest_Blob_.createBulk(payloads), () -> JsonRoundTripTest_Blob_.reactive().createBulk(payloads));
            Query<Blob> all = JsonRoundTripTest_Blob_.query().orderBy(JsonRoundTripTest_Blob_.seq.asc());
            List<Blob> read = way.call(all::all, () -> all.reactive().all());
            assertEquals(payloads.size(), read.size());
            for (Blob b : read) {
                Map<String, Object> p = payloads.get(b.seq);
                assertEquals(p.get("object"), b.object, "seed " + seed + ", object " + b.seq);
                assertEquals(p.get("array"), b.array, "seed " + seed + ", array " + b.seq);
            }
        }
    }
}
