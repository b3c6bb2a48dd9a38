package org.duoorm.internal.reactive;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.duoorm.Dialect;
import org.duoorm.Row;
import org.duoorm.internal.sql.BindChecks;
import org.duoorm.internal.sql.Columns;
import org.duoorm.internal.sql.RowImpl;

/** Binds values for the Vert.x clients and normalizes their results to what the JDBC side gives. */
final class VertxValues {
    private final Dialect dialect;
    private final boolean postgres;

    VertxValues(Dialect dialect) {
        this.dialect = dialect;
        this.postgres = dialect == Dialect.POSTGRESQL;
    }

    Tuple tuple(Object[] params) {
        BindChecks.count(dialect, params.length);
        Object[] converted = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            BindChecks.check(dialect, i + 1, params[i]);
            converted[i] = bind(params[i]);
        }
        return Tuple.wrap(converted);
    }

    private Object bind(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof byte[]) {
            return Buffer.buffer((byte[]) v);
        }
        if (v instanceof Enum<?>) {
            return ((Enum<?>) v).name();
        }
        if (v instanceof Character) {
            return v.toString();
        }
        if (v instanceof Instant) {
            return postgres ? ((Instant) v).atOffset(ZoneOffset.UTC) : LocalDateTime.ofInstant((Instant) v, ZoneOffset.UTC);
        }
        if (v instanceof UUID && !postgres) {
            return v.toString();
        }
        if (v instanceof BigInteger) {
            return new BigDecimal((BigInteger) v);
        }
        if (v instanceof java.util.Date) {
            return LocalDateTime.ofInstant(((java.util.Date) v).toInstant(), ZoneOffset.UTC);
        }
        return v;
    }

    static List<Row> rows(RowSet<io.vertx.sqlclient.Row> rs) {
        List<String> names = rs.columnsNames();
        if (names == null || rs.size() == 0) {
            return List.of();
        }
        Columns columns = new Columns(names);
        List<Row> rows = new ArrayList<>(rs.size());
        for (io.vertx.sqlclient.Row r : rs) {
            rows.add(row(columns, r));
        }
        return rows;
    }

    static RowImpl row(Columns columns, io.vertx.sqlclient.Row r) {
        Object[] values = new Object[r.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = normalize(r.getValue(i));
        }
        return new RowImpl(columns, values);
    }

    static Object normalize(Object v) {
        if (v instanceof Buffer) {
            return ((Buffer) v).getBytes();
        }
        if (v instanceof Numeric) {
            Numeric n = (Numeric) v;
            return n.isNaN() ? Double.NaN : n.bigDecimalValue();
        }
        if (v instanceof JsonObject || v instanceof JsonArray) {
            return v.toString();
        }
        if (v instanceof java.time.Duration) {
            // The MySQL client reads TIME as a Duration; JDBC gives a LocalTime for the time-of-day range.
            java.time.Duration d = (java.time.Duration) v;
            if (!d.isNegative() && d.compareTo(java.time.Duration.ofDays(1)) < 0) {
                return java.time.LocalTime.ofNanoOfDay(d.toNanos());
            }
        }
        return v;
    }
}
