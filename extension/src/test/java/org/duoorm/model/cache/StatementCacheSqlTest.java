package org.duoorm.model.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import org.duoorm.Database;
import org.duoorm.DatabaseConfig;
import org.duoorm.EngineOptions;
import org.duoorm.MappingException;
import org.duoorm.model.Models;
import org.duoorm.model.Query;

/**
 * The statement cache at scale, without a server: many generated selects (the shapes of
 * {@link Shapes}, from a vocabulary small enough that distinct queries meet in the cache) written for
 * each dialect by a database with the cache, which keeps every shape seen so far, and by one without it.
 * The SQL text and the bound values must be the same. {@link StatementCacheDifferentialTest} runs fewer
 * queries, of every kind, against the real databases.
 */
class StatementCacheSqlTest {
    private static final int TRIES = 50_000;
    private static Database cached;
    private static Database uncached;
    private static String url;

    private static void use(String u) {
        if (u.equals(url)) {
            return;
        }
        close();
        url = u;
        cached = Database.create(DatabaseConfig.url(u).name("sql-cached").build());
        uncached = Database.create(DatabaseConfig.url(u).name("sql-uncached").engineOption(EngineOptions.STATEMENT_CACHE_SIZE, 0)
                .build());
        Models.register(cached, Items.CItem.class, Items.CPart.class);
        Models.register(uncached, Items.UItem.class, Items.UPart.class);
    }

    @AfterContainer
    static void close() {
        if (cached != null) {
            cached.close();
            uncached.close();
        }
        url = null;
    }

    @Provide
    Arbitrary<Shapes.Case> selects() {
        return Shapes.cases();
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    void postgres(@ForAll("selects") Shapes.Case k) {
        use("postgresql://u@127.0.0.1:1/none");
        check(k);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    void mariadb(@ForAll("selects") Shapes.Case k) {
        use("mariadb://u@127.0.0.1:1/none");
        check(k);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    void h2(@ForAll("selects") Shapes.Case k) {
        use("h2:mem:sql_only");
        check(k);
    }

    private static void check(Shapes.Case k) {
        assertEquals(sql(uncached, new Items.Cols<>(Items.UItem.class, Items.UPart.class), k),
                sql(cached, new Items.Cols<>(Items.CItem.class, Items.CPart.class), k));
    }

    private static <I, P> List<Object> sql(Database db, Items.Cols<I, P> c, Shapes.Case k) {
        Query<I> q = Shapes.query(Models.of(db, c.item).query(), k, c);
        try {
            return List.of(q.sql(), q.params());
        } catch (MappingException | IllegalArgumentException e) {
            return List.of("failed: " + e.getClass().getSimpleName());
        }
    }
}
