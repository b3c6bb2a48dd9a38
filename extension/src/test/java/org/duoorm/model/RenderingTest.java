package org.duoorm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import org.duoorm.Database;
import org.duoorm.DatabaseConfig;
import org.duoorm.MappingException;
import org.duoorm.ValidationException;
import org.junit.jupiter.api.Test;

/** The SQL each dialect gets, without a server: identifiers quoted from metadata, values bound, shapes cached. */
class RenderingTest {

    @Table(name = "order")
    public static class Order {
        @Id
        @GeneratedValue
        public Long id;
        @Column(name = "customerName")
        public String customerName;
        public int quantity;
        @Version
        public long version;
    }

    private static <T> ModelType<T> on(String url, Class<T> type) {
        Database db = Database.create(DatabaseConfig.url(url).name("render").build());
        Models.register(db, type);
        return Models.of(db, type);
    }

    private static final ModelType<Order> PG = on("postgresql://u@localhost:1/x", Order.class);
    private static final ModelType<Order> MARIA = on("mariadb://u@localhost:1/x", Order.class);
    private static final ModelType<Order> H2 = on("h2:mem:m_render", Order.class);

    @Test
    void identifiersAreQuotedAndFoldedPerDialect() {
        var q = RenderingTest_Order_.quantity;
        assertEquals("SELECT \"id\", \"customername\", \"quantity\", \"version\" FROM \"order\" WHERE \"quantity\" > ?"
                + " ORDER BY \"customername\" NULLS FIRST, \"id\" LIMIT ? OFFSET ?",
                PG.where(q.gt(1)).orderBy(RenderingTest_Order_.customerName.asc()).paginate(10, 20).sql());
        assertEquals("SELECT `id`, `customerName`, `quantity`, `version` FROM `order` WHERE `quantity` > ? LIMIT ?",
                MARIA.where(q.gt(1)).limit(5).sql());
        assertEquals("SELECT \"ID\", \"CUSTOMERNAME\", \"QUANTITY\", \"VERSION\" FROM \"ORDER\" WHERE \"QUANTITY\" > ?"
                + " OFFSET ? ROWS FETCH FIRST ? ROWS ONLY", H2.where(q.gt(1)).paginate(10, 20).sql());
        assertEquals(List.of(1, 20L, 10), H2.where(q.gt(1)).paginate(10, 20).params());
        assertEquals(List.of(1, 10, 20L), PG.where(q.gt(1)).paginate(10, 20).params());
    }

    @Test
    void valuesAreAlwaysBound() {
        String evil = "x' OR '1'='1";
        Query<Order> query = PG.where(RenderingTest_Order_.customerName.eq(evil), RenderingTest_Order_.customerName.contains("50%_off!"));
        assertTrue(query.sql().endsWith("WHERE \"customername\" = ? AND \"customername\" LIKE ? ESCAPE '!'"), query.sql());
        assertEquals(List.of(evil, "%50!%!_off!!%"), query.params());
        Query<Order> ci = MARIA.where(RenderingTest_Order_.customerName.istartsWith("A_"));
        assertTrue(ci.sql().endsWith("WHERE LOWER(`customerName`) LIKE LOWER(?) ESCAPE '!'"), ci.sql());
        assertEquals(List.of("A!_%"), ci.params());
    }

    @Test
    void eachShapeIsRenderedOnce() {
        var q = RenderingTest_Order_.quantity;
        String first = PG.where(q.gt(1), q.in(1, 2, 3)).sql();
        String second = PG.where(q.gt(99), q.in(7, 8, 9)).sql();
        assertSame(first, second, "same shape, same cached SQL");
        String other = PG.where(q.gt(1), q.in(1, 2)).sql();
        assertEquals(first.replace("?, ?, ?)", "?, ?)"), other);
        assertEquals(List.of(99, 7, 8, 9), PG.where(q.gt(99), q.in(7, 8, 9)).params());
    }

    @Test
    void junctionsAndNegationsNest() {
        var q = RenderingTest_Order_.quantity;
        var n = RenderingTest_Order_.customerName;
        assertTrue(PG.where(Conditions.or(q.lt(1), Conditions.and(q.gt(5), n.isNull())).not()).sql()
                .endsWith("WHERE NOT ((\"quantity\" < ? OR (\"quantity\" > ? AND \"customername\" IS NULL)))"),
                PG.where(Conditions.or(q.lt(1), Conditions.and(q.gt(5), n.isNull())).not()).sql());
        assertTrue(PG.where(q.in(List.of())).sql().endsWith("WHERE 1 = 0"));
        assertTrue(PG.where(q.between(1, 9)).sql().endsWith("WHERE \"quantity\" BETWEEN ? AND ?"));
    }

    @Test
    void nullOrderingIsPortable() {
        var n = RenderingTest_Order_.customerName;
        assertTrue(MARIA.query().orderBy(n.asc().nullsLast()).sql()
                .endsWith("ORDER BY CASE WHEN `customerName` IS NULL THEN 1 ELSE 0 END, `customerName`, `id`"));
        assertTrue(MARIA.query().orderBy(n.desc()).sql().endsWith("ORDER BY `customerName` DESC, `id`"));
        assertTrue(PG.query().orderBy(n.desc()).sql().endsWith("ORDER BY \"customername\" DESC NULLS LAST, \"id\""));
    }

    @Test
    void thePrimaryKeyIsOrderedWithoutANullsClause() {
        // never NULL; "id NULLS FIRST" would keep PostgreSQL from using the key's index for ORDER BY id LIMIT n
        var id = RenderingTest_Order_.id;
        assertTrue(PG.query().orderBy(id.asc()).limit(5).sql().endsWith("ORDER BY \"id\" LIMIT ?"), PG.query().orderBy(id.asc()).sql());
        assertTrue(PG.query().orderBy(id.desc()).sql().endsWith("ORDER BY \"id\" DESC"));
        assertTrue(MARIA.query().orderBy(id.asc().nullsLast()).sql().endsWith("ORDER BY `id`"));
        assertTrue(PG.query().orderBy("-id").sql().endsWith("ORDER BY \"id\" DESC"));
    }

    @Test
    void stringSortKeysAreCheckedAgainstMetadata() {
        assertTrue(PG.query().orderBy("-quantity", "customerName").sql()
                .endsWith("ORDER BY \"quantity\" DESC NULLS LAST, \"customername\" NULLS FIRST, \"id\""));
        assertTrue(PG.query().orderBy("customername").sql().contains("ORDER BY \"customername\""), "column names work too");
        ValidationException e = assertThrows(ValidationException.class, () -> PG.query().orderBy("quantity desc"));
        assertTrue(e.getMessage().contains("known: [id, customerName, quantity, version]"), e.getMessage());
    }

    @Test
    void aColumnOfAnotherModelIsRefused() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Condition<Order> foreign = (Condition) new org.duoorm.model.Column<>(String.class, "length", Integer.class).eq(1);
        assertThrows(MappingException.class, () -> PG.where(foreign).sql());
    }
}
