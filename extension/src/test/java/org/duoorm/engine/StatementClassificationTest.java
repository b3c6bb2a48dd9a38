package org.duoorm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.duoorm.internal.sql.ParsedSql;
import org.duoorm.internal.sql.SqlParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Whether a statement writes is decided once, when it is parsed; read-only units of work refuse those that do. */
class StatementClassificationTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "insert into t values (1)",
        "  INSERT INTO t VALUES (?)",
        "update t set a = 1",
        "delete from t",
        "merge into t using s on (t.id = s.id) when matched then update set a = 1",
        "upsert into t values (1)",
        "replace into t values (1)",
        "create table t (id int)",
        "drop table t",
        "alter table t add column b int",
        "truncate table t",
        "grant select on t to u",
        "revoke select on t from u",
        "rename table t to u",
        "comment on table t is 'x'",
        "call p()",
        "do $$ begin perform 1; end $$",
        "copy t from stdin",
        "load data infile 'x' into table t",
        "set search_path = x",
        "reset all",
        "refresh materialized view v",
        "vacuum t",
        "reindex table t",
        "cluster t using i",
        "import foreign schema s from server x into y",
        "optimize table t",
        "repair table t",
        "runscript from 'x.sql'",
        "analyze delete from t",
        "-- leading comment\ninsert into t values (1)",
        "/* block ? :x */ update t set a = ?",
        "((insert into t values (1)))",
        "with x as (select 1) insert into t select * from x",
        "with gone as (delete from t returning id) select count(*) from gone",
        "WITH RECURSIVE r(n) AS (SELECT 1) UPDATE t SET a = 1",
        "with m as (select 1) merge into t using m on true when matched then delete",
        "select id from final table (insert into t (name) values (?))",
        "SELECT * FROM NEW TABLE (UPDATE t SET n = 1)",
        "select * from old table (delete from t where id = 1)",
        "explain analyze insert into t values (1)",
        "explain (analyze, buffers) delete from t",
        "analyze table t",
    })
    void writes(String sql) {
        assertTrue(SqlParser.parse(sql, false).writes(), sql);
        assertTrue(SqlParser.parse(sql, true).writes(), sql);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "select * from t",
        "  (select 1) union (select 2)",
        "values (1), (2)",
        "show tables",
        "-- insert into t\nselect 1",
        "/* delete from t */ select 1",
        "select 'insert', \"update\", `delete` from t",
        "select replace(name, 'a', 'b'), updated_at, deleted from t",
        "with x as (select 'delete from t' as s) select * from x",
        "select final, new, old, \"table\" from t",
        "with x as (select id from t for update) select * from x",
        "with x as (select id from t for no key update) select * from x",
        "with x as (select $$ insert $$ as s) select * from x",
        "with x as (select 1 as inserted, 2 as updated_at) select * from x -- update t\n",
        "explain insert into t values (1)",
        "analyze format=json select * from t",
        "select insert_id from t",
        "",
    })
    void reads(String sql) {
        assertFalse(SqlParser.parse(sql, false).writes(), sql);
        assertFalse(SqlParser.parse(sql, true).writes(), sql);
    }

    @Test
    void classificationDoesNotChangeParsingOrCaching() {
        String sql = "with x as (select :a as v) update t set b = (select v from x) where id = :id and s = 'it''s ?'";
        ParsedSql p = SqlParser.parse(sql, false);
        assertSame(p, SqlParser.parse(sql, false));
        assertEquals("with x as (select $1 as v) update t set b = (select v from x) where id = $2 and s = 'it''s ?'", p.dollars());
        assertEquals(2, p.count());
        assertTrue(p.writes());
    }

    @Test
    void backslashEscapesKeepALiteralClosedWhereTheyShould() {
        // With MySQL's backslash escapes the literal ends at the last quote; without them, at the second one.
        String sql = "with x as (select 'a\\' delete ') select 1";
        assertFalse(SqlParser.parse(sql, true).writes());
        assertTrue(SqlParser.parse(sql, false).writes());
    }
}
