package org.duoorm.internal.jdbc;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.duoorm.Dialect;
import org.duoorm.internal.sql.BindChecks;
import org.duoorm.internal.sql.Columns;
import org.duoorm.internal.sql.RowImpl;

/** Binds values to JDBC statements and reads normalized values back, per dialect. */
final class JdbcValues {
    /**
     * How a column is read. LONG, INT, BOOLEAN, DOUBLE and TEXT are the typed getters for columns whose driver says
     * (getColumnClassName) that getObject would return that class: the same value, without the driver's per-call
     * type lookup behind getObject (most of a 100-row read on pgjdbc).
     */
    enum Read { OBJECT, LOCAL_DATE_TIME, OFFSET_DATE_TIME, LOCAL_DATE, LOCAL_TIME, OFFSET_TIME, BYTES, STRING, ARRAY,
        LONG, INT, BOOLEAN, DOUBLE, TEXT }

    private final Dialect dialect;
    /** Whether readers use the typed getters; false only in the test that compares both ways. */
    private final boolean typed;

    JdbcValues(Dialect dialect) {
        this(dialect, true);
    }

    private JdbcValues(Dialect dialect, boolean typed) {
        this.dialect = dialect;
        this.typed = typed;
    }

    void bind(PreparedStatement ps, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            BindChecks.check(dialect, i + 1, values[i]);
            bindOne(ps, i + 1, values[i]);
        }
    }

    private void bindOne(PreparedStatement ps, int idx, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(idx, Types.NULL);
        } else if (v instanceof Enum<?>) {
            ps.setString(idx, ((Enum<?>) v).name());
        } else if (v instanceof Character) {
            ps.setString(idx, v.toString());
        } else if (v instanceof byte[]) {
            ps.setBytes(idx, (byte[]) v);
        } else if (v instanceof Instant) {
            bindInstant(ps, idx, (Instant) v);
        } else if (v instanceof UUID && !nativeUuid()) {
            ps.setString(idx, v.toString());
        } else if (v instanceof Temporal && dialect == Dialect.SQLITE) {
            ps.setString(idx, v.toString());
        } else if (v instanceof java.util.Date && !(v instanceof java.sql.Date || v instanceof java.sql.Time
                || v instanceof Timestamp)) {
            ps.setTimestamp(idx, new Timestamp(((java.util.Date) v).getTime()));
        } else {
            ps.setObject(idx, v);
        }
    }

    private void bindInstant(PreparedStatement ps, int idx, Instant v) throws SQLException {
        if (dialect == Dialect.POSTGRESQL || dialect == Dialect.H2) {
            ps.setObject(idx, v.atOffset(ZoneOffset.UTC));
        } else if (dialect == Dialect.SQLITE) {
            ps.setString(idx, v.toString());
        } else {
            ps.setObject(idx, LocalDateTime.ofInstant(v, ZoneOffset.UTC));
        }
    }

    private boolean nativeUuid() {
        return dialect == Dialect.POSTGRESQL || dialect == Dialect.H2;
    }

    /** Reads every row of a result set. */
    List<org.duoorm.Row> readAll(ResultSet rs) throws SQLException {
        Reader reader = reader(rs);
        List<org.duoorm.Row> rows = new ArrayList<>();
        while (rs.next()) {
            rows.add(reader.read(rs));
        }
        return rows;
    }

    /** Prepares a reader for one result set; the column plan is computed once. */
    Reader reader(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        List<String> labels = new ArrayList<>(n);
        Read[] plan = new Read[n];
        for (int i = 1; i <= n; i++) {
            labels.add(md.getColumnLabel(i));
            int type = md.getColumnType(i);
            // A typed getter, where there is one, reads what every other plan for the column would (getString for a
            // JSON text column too), so the type's name, which costs more to ask for, is asked only otherwise.
            // SQLite's getObject follows each value's own storage class, not the column's: no typed getters there.
            Read read = typed && dialect != Dialect.SQLITE ? typed(type, md.getColumnClassName(i)) : Read.OBJECT;
            plan[i - 1] = read != Read.OBJECT ? read
                    : plan(type, String.valueOf(md.getColumnTypeName(i)).toLowerCase(Locale.ROOT));
        }
        return new Reader(new Columns(labels), plan);
    }

    /** Readers with getObject for every column the typed getters would read: the reference of their test. */
    JdbcValues untyped() {
        return new JdbcValues(dialect, false);
    }

    /**
     * The typed getter for what getObject returns for the column, or OBJECT: the driver's class name and the JDBC
     * type must agree (pgjdbc calls a {@code bit(3)} column a Boolean too, and getBoolean cannot read it).
     */
    private Read typed(int type, String className) {
        if (className == null) {
            return Read.OBJECT;
        }
        switch (className) {
            case "java.lang.Long":
                return type == Types.BIGINT || type == Types.INTEGER ? Read.LONG : Read.OBJECT;
            case "java.lang.Integer":
                return type == Types.INTEGER || type == Types.SMALLINT || type == Types.TINYINT ? Read.INT : Read.OBJECT;
            case "java.lang.Boolean":
                return type == Types.BOOLEAN ? Read.BOOLEAN : Read.OBJECT;
            case "java.lang.Double":
                return type == Types.DOUBLE || type == Types.FLOAT ? Read.DOUBLE : Read.OBJECT;
            case "java.lang.String":
                return type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR || type == Types.NVARCHAR
                        || type == Types.NCHAR || type == Types.LONGNVARCHAR ? Read.TEXT : Read.OBJECT;
            default:
                return Read.OBJECT;
        }
    }

    private Read plan(int type, String typeName) {
        if (dialect == Dialect.SQLITE) {
            return type == Types.BLOB || type == Types.BINARY || type == Types.VARBINARY ? Read.BYTES : Read.OBJECT;
        }
        switch (type) {
            case Types.TIMESTAMP:
                return typeName.contains("timestamptz") || typeName.contains("with time zone")
                        ? Read.OFFSET_DATE_TIME : Read.LOCAL_DATE_TIME;
            case Types.TIMESTAMP_WITH_TIMEZONE:
                return Read.OFFSET_DATE_TIME;
            case Types.DATE:
                return typeName.equals("year") ? Read.OBJECT : Read.LOCAL_DATE;
            case Types.TIME:
                return typeName.contains("timetz") || typeName.contains("with time zone") ? Read.OFFSET_TIME : Read.LOCAL_TIME;
            case Types.TIME_WITH_TIMEZONE:
                return Read.OFFSET_TIME;
            case Types.BLOB:
            case Types.BINARY:
            case Types.VARBINARY:
            case Types.LONGVARBINARY:
                return typeName.contains("json") ? Read.STRING : Read.BYTES;
            case Types.CLOB:
            case Types.NCLOB:
            case Types.SQLXML:
                return Read.STRING;
            case Types.ARRAY:
                return Read.ARRAY;
            default:
                return typeName.contains("json") ? Read.STRING : Read.OBJECT;
        }
    }

    /** Reads rows of one result set with a fixed plan. */
    static final class Reader {
        private final Columns columns;
        private final Read[] plan;

        Reader(Columns columns, Read[] plan) {
            this.columns = columns;
            this.plan = plan;
        }

        /** How each column is read (for tests). */
        List<Read> plan() {
            return List.of(plan);
        }

        RowImpl read(ResultSet rs) throws SQLException {
            Object[] values = new Object[plan.length];
            for (int i = 0; i < plan.length; i++) {
                values[i] = value(rs, i + 1, plan[i]);
            }
            return new RowImpl(columns, values);
        }

        private static Object value(ResultSet rs, int i, Read how) throws SQLException {
            switch (how) {
                case LONG: {
                    long v = rs.getLong(i);
                    return v == 0 && rs.wasNull() ? null : v;
                }
                case INT: {
                    int v = rs.getInt(i);
                    return v == 0 && rs.wasNull() ? null : v;
                }
                case BOOLEAN: {
                    boolean v = rs.getBoolean(i);
                    return !v && rs.wasNull() ? null : v;
                }
                case DOUBLE: {
                    double v = rs.getDouble(i);
                    return v == 0 && rs.wasNull() ? null : v;
                }
                case TEXT: return rs.getString(i);
                case LOCAL_DATE_TIME: return rs.getObject(i, LocalDateTime.class);
                case OFFSET_DATE_TIME: return rs.getObject(i, OffsetDateTime.class);
                case LOCAL_DATE: return rs.getObject(i, LocalDate.class);
                case LOCAL_TIME: return rs.getObject(i, LocalTime.class);
                case OFFSET_TIME: return rs.getObject(i, OffsetTime.class);
                case BYTES: return rs.getBytes(i);
                case STRING: return rs.getString(i);
                case ARRAY: return array(rs.getArray(i));
                default: return normalize(rs.getObject(i));
            }
        }

        private static Object array(Array a) throws SQLException {
            if (a == null) {
                return null;
            }
            try {
                return a.getArray();
            } finally {
                a.free();
            }
        }

        private static Object normalize(Object o) throws SQLException {
            if (o == null) {
                return null;
            }
            if (o instanceof java.sql.Clob) {
                java.sql.Clob c = (java.sql.Clob) o;
                return c.getSubString(1, (int) c.length());
            }
            if (o instanceof java.sql.Blob) {
                java.sql.Blob b = (java.sql.Blob) o;
                return b.getBytes(1, (int) b.length());
            }
            if (o instanceof Timestamp) {
                return ((Timestamp) o).toLocalDateTime();
            }
            if (o instanceof java.sql.Date) {
                return ((java.sql.Date) o).toLocalDate();
            }
            if (o instanceof java.sql.Time) {
                return ((java.sql.Time) o).toLocalTime();
            }
            if (o.getClass().getName().equals("org.postgresql.util.PGobject")) {
                return o.toString();
            }
            return o;
        }
    }
}
