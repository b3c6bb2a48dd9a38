package org.duoorm.model.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.duoorm.Database;
import org.duoorm.DatabaseConfig;
import org.duoorm.EngineOptions;
import org.duoorm.MappingException;
import org.duoorm.model.Models;
import org.duoorm.model.Query;

/**
 * The statement cache at scale, without a server: 4,000 generated queries per run (the shapes of
 * {@link Shapes}, from a vocabulary small enough that distinct queries meet in the cache) written for
 * each dialect by a database with the cache, which keeps every shape seen so far, and by one without it.
 * The SQL text and the bound values must be the same. {@link StatementCacheDifferentialTest} runs fewer
 * queries, of every kind, against the real databases.
 */
class StatementCacheSqlTest {
    /** Generated queries per run; each is written for all three dialects, with and without the cache. */
    private static final int TRIES = 4_000;
    private static final List<String> URLS = List.of("postgresql://u@127.0.0.1:1/none", "mariadb://u@127.0.0.1:1/none",
            "h2:mem:sql_only");
    private static final List<Database[]> PAIRS = new ArrayList<>();

    @BeforeContainer
    static void open() {
        for (String u : URLS) {
            Database cached = Database.create(DatabaseConfig.url(u).name("sql-cached").build());
            Database uncached = Database.create(DatabaseConfig.url(u).name("sql-uncached")
                    .engineOption(EngineOptions.STATEMENT_CACHE_SIZE, 0).build());
            Models.register(cached, Items.CItem.class, Items.CPart.class);
            Models.register(uncached, Items.UItem.class, Items.UPart.class);
            PAIRS.add(new Database[] {cached, uncached});
        }
    }

    @AfterContainer
    static void close() {
        for (Database[] pair : PAIRS) {
            pair[0].close();
            pair[1].close();
        }
        PAIRS.clear();
    }

    @Provide
    Arbitrary<Shapes.Case> selects() {
        return Shapes.cases();
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    void cachedAndUncachedWriteTheSameSqlAndValuesOnEveryDialect(@ForAll("selects") Shapes.Case k) {
        for (int i = 0; i < PAIRS.size(); i++) {
            Database[] pair = PAIRS.get(i);
            assertEquals(sql(pair[1], new Items.Cols<>(Items.UItem.class, Items.UPart.class), k),
                    sql(pair[0], new Items.Cols<>(Items.CItem.class, Items.CPart.class), k), URLS.get(i));
        }
    }

    private static <I, P> List<Object> sql(Database db, Items.Cols<I, P> c, Shapes.Case k) {
        Query<I> q = Shapes.query(Models.of(db, c.item).query(), k, c);
        try {
            return List.of(q.sql(), q.params());
        } catch (MappingException | org.duoorm.InvalidArgumentException e) {
            return List.of("failed: " + e.getClass().getSimpleName());
        }
    }
}
