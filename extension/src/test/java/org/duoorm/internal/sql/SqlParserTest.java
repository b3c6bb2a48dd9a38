package org.duoorm.internal.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.duoorm.BindParameterException;
import org.junit.jupiter.api.Test;

class SqlParserTest {
    @Test
    void positionalPlaceholdersBecomeDollarsForPostgres() {
        ParsedSql p = SqlParser.parse("select * from t where a = ? and b = ?", false);
        assertEquals("select * from t where a = $1 and b = $2", p.dollars());
        assertEquals("select * from t where a = ? and b = ?", p.questionMarks());
        assertEquals(2, p.count());
    }

    @Test
    void namedPlaceholdersMayRepeat() {
        ParsedSql p = SqlParser.parse("select :a, :b, :a", false);
        assertEquals("select $1, $2, $3", p.dollars());
        assertEquals("select ?, ?, ?", p.questionMarks());
        assertArrayEquals(new Object[] {1, 2, 1}, p.bind(Map.of("a", 1, "b", 2)));
    }

    @Test
    void literalsCommentsAndCastsAreLeftAlone() {
        String sql = "select '?', ':x', \"?col\", `b?`, x::text, $$ ? :y $$, $tag$ ? $tag$ -- ? :z\n"
                + "/* ? :w */ , ? from t";
        ParsedSql p = SqlParser.parse(sql, false);
        assertEquals(1, p.count());
        assertTrue(p.dollars().endsWith(", $1 from t"), p.dollars());
        assertTrue(p.dollars().contains("x::text"));
    }

    @Test
    void doubledQuotesInsideLiterals() {
        ParsedSql p = SqlParser.parse("select 'it''s ?', ?", false);
        assertEquals("select 'it''s ?', $1", p.dollars());
    }

    @Test
    void backslashEscapesOnlyWhereTheDialectHasThem() {
        String sql = "select 'a\\', ?";
        assertEquals(1, SqlParser.parse(sql, false).count());
        assertEquals(0, SqlParser.parse(sql, true).count());
    }

    @Test
    void doubledQuestionMarkIsALiteralQuestionMark() {
        ParsedSql p = SqlParser.parse("select data ?? 'k' from t where id = ?", false);
        assertEquals("select data ? 'k' from t where id = $1", p.dollars());
    }

    @Test
    void twentyParameters() {
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < 20; i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        ParsedSql p = SqlParser.parse(sql.toString(), false);
        assertEquals(20, p.count());
        assertTrue(p.dollars().endsWith("$19, $20"));
    }

    @Test
    void mixingStylesIsRefused() {
        assertThrows(BindParameterException.class, () -> SqlParser.parse("select ?, :a", false));
    }

    @Test
    void wrongCountsAndNamesAreSpecificErrors() {
        ParsedSql p = SqlParser.parse("select ?, ?", false);
        BindParameterException e = assertThrows(BindParameterException.class, () -> p.bind(new Object[] {1}));
        assertTrue(e.getMessage().contains("2 placeholder(s) but 1 value(s)"));
        ParsedSql n = SqlParser.parse("select :a", false);
        assertTrue(assertThrows(BindParameterException.class, () -> n.bind(Map.of())).getMessage().contains(":a"));
        assertTrue(assertThrows(BindParameterException.class, () -> n.bind(Map.of("a", 1, "b", 2))).getMessage()
                .contains(":b"));
        assertThrows(BindParameterException.class, () -> n.bind(new Object[] {1}));
        assertThrows(BindParameterException.class, () -> p.bind(Map.of("a", 1)));
    }
}
