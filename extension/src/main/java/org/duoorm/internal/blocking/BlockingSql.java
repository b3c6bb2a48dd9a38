package org.duoorm.internal.blocking;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.duoorm.Row;
import org.duoorm.SqlOperations;
import org.duoorm.internal.sql.ParsedSql;
import org.duoorm.internal.sql.SqlParser;
import org.duoorm.internal.sql.Values;
import org.duoorm.internal.jdbc.JdbcOps;

/**
 * The raw SQL operations, blocking, on whatever target the subclass picks per call: the database
 * picks the thread's unit of work or a fresh connection; a session always uses its own.
 */
public abstract class BlockingSql implements SqlOperations {
    private final JdbcOps ops;
    private final boolean backslashEscapes;

    protected BlockingSql(JdbcOps ops, boolean backslashEscapes) {
        this.ops = ops;
        this.backslashEscapes = backslashEscapes;
    }

    /** The target of the next statement. */
    protected abstract BlockingTarget target();

    private ParsedSql parse(String sql) {
        return SqlParser.parse(org.duoorm.internal.Checks.notNull(sql, "sql"), backslashEscapes);
    }

    @Override
    public int execute(String sql, Object... params) {
        ParsedSql p = parse(sql);
        Object[] values = p.bind(params == null ? new Object[] {null} : params);
        BlockingTarget t = target();
        return t.apply(p, c -> ops.execute(c, p, values, t.deadline()));
    }

    @Override
    public int execute(String sql, Map<String, ?> params) {
        ParsedSql p = parse(sql);
        Object[] values = p.bind(org.duoorm.internal.Checks.notNull(params, "params"));
        BlockingTarget t = target();
        return t.apply(p, c -> ops.execute(c, p, values, t.deadline()));
    }

    @Override
    public int[] executeBatch(String sql, List<Object[]> paramSets) {
        ParsedSql p = parse(sql);
        org.duoorm.internal.Checks.notNull(paramSets, "paramSets");
        if (paramSets.isEmpty()) {
            return new int[0];
        }
        BlockingTarget t = target();
        return t.apply(p, c -> ops.batch(c, p, paramSets, t.deadline()));
    }

    @Override
    public List<Row> query(String sql, Object... params) {
        ParsedSql p = parse(sql);
        Object[] values = p.bind(params == null ? new Object[] {null} : params);
        BlockingTarget t = target();
        return t.apply(p, c -> ops.query(c, p, values, t.deadline()));
    }

    @Override
    public List<Row> query(String sql, Map<String, ?> params) {
        ParsedSql p = parse(sql);
        Object[] values = p.bind(org.duoorm.internal.Checks.notNull(params, "params"));
        BlockingTarget t = target();
        return t.apply(p, c -> ops.query(c, p, values, t.deadline()));
    }

    @Override
    public <T> Optional<T> queryValue(Class<T> type, String sql, Object... params) {
        org.duoorm.internal.Checks.notNull(type, "type");
        List<Row> rows = query(sql, params);
        if (rows.isEmpty() || rows.get(0).size() == 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(Values.convert(rows.get(0).get(0), type, rows.get(0).columns().get(0)));
    }

    @Override
    public Stream<Row> stream(String sql, int fetchSize, Object... params) {
        if (fetchSize < 1) {
            throw new org.duoorm.InvalidArgumentException("fetchSize must be at least 1, but was " + fetchSize);
        }
        ParsedSql p = parse(sql);
        Object[] values = p.bind(params == null ? new Object[] {null} : params);
        BlockingTarget t = target();
        return t.stream(p, (c, onFailure, onClose) -> ops.stream(c, p, values, fetchSize, onFailure, onClose, t.deadline()));
    }
}
