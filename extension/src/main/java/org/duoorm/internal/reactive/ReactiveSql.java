package org.duoorm.internal.reactive;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duoorm.ReactiveSqlOperations;
import org.duoorm.Row;
import org.duoorm.internal.Checks;
import org.duoorm.internal.sql.ParsedSql;
import org.duoorm.internal.sql.SqlParser;
import org.duoorm.internal.sql.Values;

/** The raw SQL operations, reactive, on the target the subclass picks at subscription. */
public abstract class ReactiveSql implements ReactiveSqlOperations {
    private final boolean backslashEscapes;

    protected ReactiveSql(boolean backslashEscapes) {
        this.backslashEscapes = backslashEscapes;
    }

    /** The target, found at subscription (it may depend on the subscription's context). */
    protected abstract <T> Uni<T> run(ParsedSql sql, java.util.function.Function<RClient, Uni<T>> op);

    protected abstract Multi<Row> streamRows(ParsedSql sql, Object[] params, int fetchSize);

    private ParsedSql parse(String sql) {
        return SqlParser.parse(Checks.notNull(sql, "sql"), backslashEscapes);
    }

    private static Object[] orNull(Object[] params) {
        return params == null ? new Object[] {null} : params;
    }

    @Override
    public Uni<Integer> execute(String sql, Object... params) {
        return Uni.createFrom().deferred(() -> {
            ParsedSql p = parse(sql);
            Object[] values = p.bind(orNull(params));
            return run(p, c -> c.execute(p, values));
        });
    }

    @Override
    public Uni<Integer> execute(String sql, Map<String, ?> params) {
        return Uni.createFrom().deferred(() -> {
            ParsedSql p = parse(sql);
            Object[] values = p.bind(Checks.notNull(params, "params"));
            return run(p, c -> c.execute(p, values));
        });
    }

    @Override
    public Uni<int[]> executeBatch(String sql, List<Object[]> paramSets) {
        return Uni.createFrom().deferred(() -> {
            ParsedSql p = parse(sql);
            if (Checks.notNull(paramSets, "paramSets").isEmpty()) {
                return Uni.createFrom().item(new int[0]);
            }
            return run(p, c -> c.batch(p, paramSets));
        });
    }

    @Override
    public Uni<List<Row>> query(String sql, Object... params) {
        return Uni.createFrom().deferred(() -> {
            ParsedSql p = parse(sql);
            Object[] values = p.bind(orNull(params));
            return run(p, c -> c.query(p, values));
        });
    }

    @Override
    public Uni<List<Row>> query(String sql, Map<String, ?> params) {
        return Uni.createFrom().deferred(() -> {
            ParsedSql p = parse(sql);
            Object[] values = p.bind(Checks.notNull(params, "params"));
            return run(p, c -> c.query(p, values));
        });
    }

    @Override
    public <T> Uni<Optional<T>> queryValue(Class<T> type, String sql, Object... params) {
        Checks.notNull(type, "type");
        return query(sql, params).map(rows -> rows.isEmpty() || rows.get(0).size() == 0 ? Optional.<T>empty()
                : Optional.ofNullable(Values.convert(rows.get(0).get(0), type, rows.get(0).columns().get(0))));
    }

    @Override
    public Multi<Row> stream(String sql, int fetchSize, Object... params) {
        return Multi.createFrom().deferred(() -> {
            if (fetchSize < 1) {
                throw new org.duoorm.InvalidArgumentException("fetchSize must be at least 1, but was " + fetchSize);
            }
            ParsedSql p = parse(sql);
            return streamRows(p, p.bind(orNull(params)), fetchSize);
        });
    }
}
