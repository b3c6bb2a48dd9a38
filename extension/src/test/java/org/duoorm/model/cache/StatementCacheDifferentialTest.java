package org.duoorm.model.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.duoorm.Database;
import org.duoorm.DatabaseListener;
import org.duoorm.Dialect;
import org.duoorm.DuoOrmException;
import org.duoorm.EngineOptions;
import org.duoorm.Mode;
import org.duoorm.SqlExecutionException;
import org.duoorm.model.ModelType;
import org.duoorm.model.Models;
import org.duoorm.model.Page;
import org.duoorm.model.Query;
import org.duoorm.model.ReactiveQuery;
import org.duoorm.testing.Leaks;
import org.duoorm.testing.NeedsDatabase;
import org.duoorm.testing.TestDatabases;

/**
 * The statement cache changes nothing but speed. Each generated query (conditions on every column kind,
 * JSON paths with hostile keys, relationship filters, IN lists of every size, sort keys with NULL
 * placement and counts of related rows, limit and offset; select, first, one, count, exists, page, bulk
 * update and bulk delete) runs on every database through two {@code Database}s on the same data: one
 * with the statement cache, one with {@code statementCacheSize = 0} ({@value #TRIES} queries per database). The SQL sent and the outcome (rows,
 * counts, the table after a bulk write rolled back, or the failure) must be the same; reads also run in
 * the other mode on the cached one and must give the same outcome. The queries recur in shape with
 * other values, which is what a cache keyed on less than the whole statement gets wrong.
 */
class StatementCacheDifferentialTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final AtomicInteger H2_NAMES = new AtomicInteger();
    private static final List<Pair> PAIRS = new ArrayList<>();
    /** Generated queries per database and run. */
    private static final int TRIES = 2_000;

    /** The SQL a database sent, in order. */
    static final class Log implements DatabaseListener {
        final List<String> statements = new CopyOnWriteArrayList<>();

        @Override
        public void onStatement(String database, Mode mode, String sql) {
            statements.add(sql);
        }
    }

    /** One database reached twice: with and without the statement cache. */
    record Pair(TestDatabases.Target target, Database cached, Log cachedLog, Database uncached, Log uncachedLog) {
    }

    /** What a query did: the statements it sent, and its result or failure. */
    record Outcome(List<String> sql, Object result) {
    }

    /** Ends a bulk write's unit of work after reading its effect, so that nothing stays written. */
    static final class Rollback extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Object effect;

        Rollback(Object effect) {
            super(null, null, false, false);
            this.effect = effect;
        }
    }

    /** The pair of the database a property runs on; opened on first use, the previous one closed (a model class is registered with one database at a time). */
    private static Pair pair(Dialect dialect) {
        if (!PAIRS.isEmpty() && PAIRS.get(0).target().dialect() == dialect) {
            return PAIRS.get(0);
        }
        close();
        TestDatabases.Target t = TestDatabases.targets().stream().filter(x -> x.dialect() == dialect).findFirst().orElseThrow();
        String url = t.dialect() == Dialect.H2 ? "h2:mem:cache_diff_" + H2_NAMES.incrementAndGet() : t.url();
        Log cachedLog = new Log();
        Log uncachedLog = new Log();
        Database cached = Database.create(org.duoorm.DatabaseConfig.url(url).name("cached-" + t).listener(cachedLog).build());
        Database uncached = Database.create(org.duoorm.DatabaseConfig.url(url).name("uncached-" + t).listener(uncachedLog)
                .engineOption(EngineOptions.STATEMENT_CACHE_SIZE, 0).build());
        Models.register(cached, Items.CItem.class, Items.CPart.class);
        Models.register(uncached, Items.UItem.class, Items.UPart.class);
        Models.schema(cached).drop();
        Models.schema(cached).create();
        seed(cached);
        PAIRS.add(new Pair(t, cached, cachedLog, uncached, uncachedLog));
        return PAIRS.get(0);
    }

    @AfterContainer
    static void close() {
        for (Pair p : PAIRS) {
            Leaks.assertNoActiveConnections(p.cached());
            Leaks.assertNoActiveConnections(p.uncached());
            Models.schema(p.cached()).drop();
            p.cached().close();
            p.uncached().close();
        }
        PAIRS.clear();
    }

    /** 40 items, 20 of them with parts; values drawn from the same domains as the queries', NULLs included. */
    private static void seed(Database db) {
        Random r = new Random(7);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Map<String, Object> m = new HashMap<>();
            m.put("name", maybe(r, Shapes.STRINGS.get(r.nextInt(Shapes.STRINGS.size()))));
            m.put("qty", maybe(r, r.nextInt(16) - 3));
            m.put("price", maybe(r, new BigDecimal(List.of("0", "1.5", "2.25", "10", "99.99", "-1").get(r.nextInt(6)))));
            m.put("active", maybe(r, r.nextBoolean()));
            m.put("kind", maybe(r, Items.Kind.values()[r.nextInt(3)]));
            m.put("day", maybe(r, java.time.LocalDate.of(2020, 1, 1).plusDays(r.nextInt(11))));
            m.put("odd", maybe(r, Shapes.STRINGS.get(r.nextInt(Shapes.STRINGS.size()))));
            m.put("attrs", maybe(r, attrs(r)));
            items.add(m);
        }
        List<Items.CItem> saved = Models.of(db, Items.CItem.class).createBulkReturning(items);
        List<Map<String, Object>> parts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            for (int j = 0, n = 1 + r.nextInt(3); j < n; j++) {
                parts.add(Map.of("itemId", saved.get(i).id, "label", "L" + r.nextInt(5), "weight", r.nextInt(5)));
            }
        }
        Models.of(db, Items.CPart.class).createBulk(parts);
    }

    private static Object maybe(Random r, Object v) {
        return r.nextInt(6) == 0 ? null : v;
    }

    private static Map<String, Object> attrs(Random r) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String k : Shapes.KEYS) {
            switch (r.nextInt(4)) {
                case 0 -> m.put(k, Shapes.JSON_TEXTS.get(r.nextInt(Shapes.JSON_TEXTS.size())));
                case 1 -> m.put(k, Map.of("a", Shapes.JSON_TEXTS.get(r.nextInt(Shapes.JSON_TEXTS.size())), "0", "zero"));
                case 2 -> m.put(k, r.nextInt(3));
                default -> { }
            }
        }
        return m;
    }

    @Provide
    Arbitrary<Shapes.Case> queries() {
        return Shapes.cases();
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    void onH2(@ForAll("queries") Shapes.Case k) {
        check(pair(Dialect.H2), k);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    @AddLifecycleHook(NeedsDatabase.class)
    void onPostgres(@ForAll("queries") Shapes.Case k) {
        check(pair(Dialect.POSTGRESQL), k);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    @AddLifecycleHook(NeedsDatabase.class)
    void onMariaDb(@ForAll("queries") Shapes.Case k) {
        check(pair(Dialect.MARIADB), k);
    }

    private static void check(Pair p, Shapes.Case k) {
        Items.Cols<Items.CItem, Items.CPart> c = new Items.Cols<>(Items.CItem.class, Items.CPart.class);
        Items.Cols<Items.UItem, Items.UPart> u = new Items.Cols<>(Items.UItem.class, Items.UPart.class);
        Outcome withCache = run(p.cached(), p.cachedLog(), c, k, k.reactive());
        Outcome without = run(p.uncached(), p.uncachedLog(), u, k, k.reactive());
        assertEquals(without, withCache, p.target() + ": with the statement cache vs without");
        if (k.reads()) {
            Outcome otherMode = run(p.cached(), p.cachedLog(), c, k, !k.reactive());
            assertEquals(withCache.result(), otherMode.result(), p.target() + ": blocking vs reactive");
        }
    }

    private static <I extends Items.ItemBase<I>, P> Outcome run(Database db, Log log, Items.Cols<I, P> c, Shapes.Case k,
            boolean reactive) {
        log.statements.clear();
        Object result;
        try {
            result = reactive ? reactive(db, c, k) : blocking(db, c, k);
        } catch (Rollback r) {
            result = r.effect;
        } catch (DuoOrmException | IllegalArgumentException | IllegalStateException e) {
            Throwable t = e instanceof io.smallrye.mutiny.CompositeException ce ? ce.getCause() : e;
            result = "failed: " + t.getClass().getSimpleName() + (t instanceof SqlExecutionException s ? " " + s.sqlState() : "");
        }
        return new Outcome(List.copyOf(log.statements), result);
    }

    private static <I extends Items.ItemBase<I>, P> Object blocking(Database db, Items.Cols<I, P> c, Shapes.Case k) {
        ModelType<I> model = Models.of(db, c.item);
        Query<I> q = Shapes.query(model.query(), k, c);
        return switch (k.op()) {
            case ALL -> rows(q.all(), k.loadParts());
            case FIRST -> q.first().map(StatementCacheDifferentialTest::row).orElse("none");
            case ONE -> row(q.one());
            case COUNT -> q.count();
            case EXISTS -> q.exists();
            case PAGE -> page(q.page(2, 3), k.loadParts());
            case UPDATE, DELETE -> db.transaction(tx -> {
                int n = k.op() == Shapes.Op.UPDATE ? q.updateBulk(Shapes.assignments(k, c)) : q.deleteBulk();
                throw new Rollback(List.of(n, rows(model.query().orderBy("id").all(), false)));
            });
        };
    }

    private static <I extends Items.ItemBase<I>, P> Object reactive(Database db, Items.Cols<I, P> c, Shapes.Case k) {
        ModelType<I> model = Models.of(db, c.item);
        ReactiveQuery<I> q = Shapes.query(model.query(), k, c).reactive();
        Uni<?> u = switch (k.op()) {
            case ALL -> q.all().map(list -> rows(list, k.loadParts()));
            case FIRST -> q.first().map(o -> o.map(StatementCacheDifferentialTest::row).orElse("none"));
            case ONE -> q.one().map(StatementCacheDifferentialTest::row);
            case COUNT -> q.count();
            case EXISTS -> q.exists();
            case PAGE -> q.page(2, 3).map(p -> page(p, k.loadParts()));
            case UPDATE, DELETE -> db.reactive().transaction(tx -> (k.op() == Shapes.Op.UPDATE
                    ? q.updateBulk(Shapes.assignments(k, c)) : q.deleteBulk())
                    .flatMap(n -> model.reactive().query().orderBy("id").all()
                            .map(after -> List.of(n, rows(after, false))))
                    .flatMap(effect -> Uni.createFrom().failure(new Rollback(effect))));
        };
        return u.await().atMost(WAIT);
    }

    private static Object page(Page<? extends Items.ItemBase<?>> p, boolean parts) {
        return List.of(p.total(), rows(new ArrayList<>(p.items()), parts));
    }

    private static List<String> rows(List<? extends Items.ItemBase<?>> items, boolean parts) {
        List<String> out = new ArrayList<>(items.size());
        for (Items.ItemBase<?> i : items) {
            out.add(row(i) + (parts ? " parts=" + partIds(i) : ""));
        }
        return out;
    }

    private static String row(Items.ItemBase<?> i) {
        return i.id + "|" + i.name + "|" + i.qty + "|" + (i.price == null ? null : i.price.stripTrailingZeros().toPlainString()) + "|"
                + i.active + "|" + i.kind + "|" + i.day + "|" + i.odd + "|" + i.attrs;
    }

    private static List<Long> partIds(Items.ItemBase<?> i) {
        List<? extends Items.PartBase<?>> parts = i instanceof Items.CItem ci ? ci.parts : ((Items.UItem) i).parts;
        List<Long> ids = new ArrayList<>();
        for (Items.PartBase<?> p : parts) {
            ids.add(p.id);
        }
        return ids;
    }
}
