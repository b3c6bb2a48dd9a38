package org.duoorm.internal.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.duoorm.Database;
import org.duoorm.Dialect;
import org.duoorm.Row;
import org.duoorm.internal.db.JdbcProbe;
import org.duoorm.testing.TestDatabases;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The typed getters (getLong, getInt, getBoolean, getDouble, getString) that rows are read with where the driver
 * says getObject would return that class, against getObject itself, on every column type of each database that
 * maps to one of those classes or lies next to one (unsigned, bit strings, money, enums, year, json...): the same
 * values of the same classes, nulls and extremes included.
 */
class TypedReadsTest {
    private static final int ROWS = 300;

    /** A column: its SQL type and the values to insert into it (as text cast by the database, or null). */
    private record Col(String type, String[] values) {
    }

    private static List<Col> columns(Dialect d) {
        List<Col> c = new ArrayList<>();
        String[] ints = {"0", "1", "-1", "2147483647", "-2147483648", "42"};
        String[] longs = {"0", "-1", "9223372036854775807", "-9223372036854775808", "1234567890123"};
        String[] smalls = {"0", "-32768", "32767", "7"};
        String[] doubles = {"0", "-0.0", "1.5", "-2.25e300", "3.141592653589793", "1e-300"};
        String[] texts = {"''", "'a'", "'ünïcødé ✓'", "'  padded  '", "'it''s'", "'x\\\\y'"};
        String[] bools = {"true", "false"};
        switch (d) {
            case POSTGRESQL:
                c.add(new Col("int2", smalls));
                c.add(new Col("int4", ints));
                c.add(new Col("int8", longs));
                c.add(new Col("float8", doubles));
                c.add(new Col("float4", new String[] {"0", "1.5", "-3.25"}));
                c.add(new Col("numeric(20,4)", new String[] {"0", "12.3400", "-99999.0001"}));
                c.add(new Col("bool", bools));
                c.add(new Col("text", texts));
                c.add(new Col("varchar(40)", texts));
                c.add(new Col("char(3)", new String[] {"'ab'", "'abc'", "''"}));
                c.add(new Col("bit(1)", new String[] {"B'1'", "B'0'"}));
                c.add(new Col("bit(3)", new String[] {"B'101'", "B'000'"}));
                c.add(new Col("money", new String[] {"0", "12.34", "-5"}));
                c.add(new Col("duo_typed_mood", new String[] {"'happy'", "'sad'"}));
                c.add(new Col("json", new String[] {"'{\"a\": 1}'", "'[]'"}));
                c.add(new Col("uuid", new String[] {"'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'"}));
                c.add(new Col("oid", new String[] {"0", "4294967295"}));
                break;
            case MARIADB:
                c.add(new Col("tinyint(1)", new String[] {"0", "1", "-1", "127"}));
                c.add(new Col("tinyint", new String[] {"0", "-128", "127"}));
                c.add(new Col("tinyint unsigned", new String[] {"0", "255"}));
                c.add(new Col("smallint", smalls));
                c.add(new Col("smallint unsigned", new String[] {"0", "65535"}));
                c.add(new Col("mediumint", new String[] {"0", "-8388608", "8388607"}));
                c.add(new Col("int", ints));
                c.add(new Col("int unsigned", new String[] {"0", "4294967295"}));
                c.add(new Col("bigint", longs));
                c.add(new Col("bigint unsigned", new String[] {"0", "18446744073709551615"}));
                c.add(new Col("double", doubles));
                c.add(new Col("float", new String[] {"0", "1.5", "-3.25"}));
                c.add(new Col("decimal(20,4)", new String[] {"0", "12.3400", "-99999.0001"}));
                c.add(new Col("boolean", bools));
                c.add(new Col("bit(1)", new String[] {"b'1'", "b'0'"}));
                c.add(new Col("bit(3)", new String[] {"b'101'", "b'000'"}));
                c.add(new Col("year", new String[] {"2024", "1999"}));
                c.add(new Col("varchar(40)", texts));
                c.add(new Col("text", texts));
                c.add(new Col("char(3)", new String[] {"'ab'", "'abc'", "''"}));
                c.add(new Col("enum('happy','sad')", new String[] {"'happy'", "'sad'"}));
                c.add(new Col("set('a','b')", new String[] {"'a'", "'a,b'", "''"}));
                c.add(new Col("json", new String[] {"'{\"a\": 1}'", "'[]'"}));
                break;
            default:
                c.add(new Col("tinyint", new String[] {"0", "-128", "127"}));
                c.add(new Col("smallint", smalls));
                c.add(new Col("int", ints));
                c.add(new Col("bigint", longs));
                c.add(new Col("double precision", doubles));
                c.add(new Col("real", new String[] {"0", "1.5", "-3.25"}));
                c.add(new Col("decfloat", new String[] {"0", "1.5"}));
                c.add(new Col("numeric(20,4)", new String[] {"0", "12.3400", "-99999.0001"}));
                c.add(new Col("boolean", bools));
                c.add(new Col("varchar(40)", texts));
                c.add(new Col("varchar_ignorecase(40)", texts));
                c.add(new Col("char(3)", new String[] {"'ab'", "'abc'", "''"}));
                c.add(new Col("enum('happy','sad')", new String[] {"'happy'", "'sad'"}));
                c.add(new Col("uuid", new String[] {"'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'"}));
                c.add(new Col("json", new String[] {"'{\"a\": 1}' format json", "'[]' format json"}));
                c.add(new Col("interval day", new String[] {"interval '3' day"}));
                break;
        }
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void typedGettersReadWhatGetObjectReads(Target target) {
        List<Col> cols = columns(target.dialect());
        String table = "duo_typed_" + Long.toHexString(System.nanoTime());
        try (Database db = Database.create(target.config().build())) {
            JdbcProbe.withConnection(db, c -> {
                try (Statement st = c.createStatement()) {
                    if (target.dialect() == Dialect.POSTGRESQL) {
                        st.execute("drop type if exists duo_typed_mood cascade");
                        st.execute("create type duo_typed_mood as enum ('happy', 'sad')");
                    }
                    StringBuilder ddl = new StringBuilder("create table " + table + " (k int primary key");
                    for (int i = 0; i < cols.size(); i++) {
                        ddl.append(", c").append(i).append(' ').append(cols.get(i).type());
                    }
                    st.execute(ddl.append(")").toString());
                    Random random = new Random(20261206L + target.dialect().ordinal());
                    for (int r = 0; r < ROWS; r++) {
                        StringBuilder insert = new StringBuilder("insert into " + table + " values (" + r);
                        for (Col col : cols) {
                            boolean isNull = random.nextInt(5) == 0;
                            insert.append(", ").append(isNull ? "null" : col.values()[random.nextInt(col.values().length)]);
                        }
                        st.execute(insert.append(")").toString());
                    }
                    JdbcValues typed = new JdbcValues(target.dialect());
                    List<Row> viaTyped = read(c, table, typed);
                    List<Row> viaObject = read(c, table, typed.untyped());
                    assertEquals(ROWS, viaTyped.size());
                    int typedColumns = 0;
                    try (PreparedStatement ps = c.prepareStatement("select * from " + table + " order by k");
                            ResultSet rs = ps.executeQuery()) {
                        JdbcValues.Reader reader = typed.reader(rs);
                        for (JdbcValues.Read read : reader.plan()) {
                            typedColumns += read.ordinal() >= JdbcValues.Read.LONG.ordinal() ? 1 : 0;
                        }
                    }
                    assertTrue(typedColumns >= 4, "the typed getters are used at all: " + typedColumns + " columns");
                    for (int r = 0; r < ROWS; r++) {
                        for (int i = 0; i <= cols.size(); i++) {
                            Object a = viaTyped.get(r).get(i);
                            Object b = viaObject.get(r).get(i);
                            String where = "row " + r + ", column " + (i == 0 ? "k" : cols.get(i - 1).type());
                            assertEquals(b == null ? null : b.getClass(), a == null ? null : a.getClass(), where);
                            assertTrue(Arrays.deepEquals(new Object[] {a}, new Object[] {b}), where + ": " + a + " vs " + b);
                        }
                    }
                    st.execute("drop table " + table);
                    if (target.dialect() == Dialect.POSTGRESQL) {
                        st.execute("drop type duo_typed_mood");
                    }
                }
                return null;
            });
        }
    }

    private static List<Row> read(Connection c, String table, JdbcValues values) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("select * from " + table + " order by k"); ResultSet rs = ps.executeQuery()) {
            return values.readAll(rs);
        }
    }
}
