package org.duoorm.internal.reactive;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.duoorm.Row;
import org.duoorm.internal.sql.ParsedSql;

/** Something that runs statements reactively: a pool (each statement on its own) or one connection. */
public interface RClient {
    Uni<Integer> execute(ParsedSql sql, Object[] params);

    Uni<List<Row>> query(ParsedSql sql, Object[] params);

    Uni<int[]> batch(ParsedSql sql, List<Object[]> paramSets);
}
