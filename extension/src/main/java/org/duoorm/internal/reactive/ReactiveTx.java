package org.duoorm.internal.reactive;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.duoorm.Row;
import org.duoorm.TransactionOptions;
import org.duoorm.internal.sql.ParsedSql;
import org.duoorm.internal.tx.TxState;

/** A reactive unit of work (or standalone session): one connection in a transaction. */
public final class ReactiveTx extends TxState implements ReactiveTarget {
    private final RConnection connection;
    private final boolean managed;
    private final AtomicInteger savepoints = new AtomicInteger();

    public ReactiveTx(String database, TransactionOptions options, RConnection connection, boolean managed) {
        super(database, options);
        this.connection = connection;
        this.managed = managed;
    }

    public RConnection connection() {
        return connection;
    }

    public boolean managed() {
        return managed;
    }

    public String nextSavepointName() {
        return "duoorm_sp_" + savepoints.incrementAndGet();
    }

    @Override
    public <T> Uni<T> run(Function<RClient, Uni<T>> op) {
        return Uni.createFrom().deferred(() -> {
            checkActive();
            Uni<T> u = op.apply(connection);
            return managed ? u.onFailure().invoke(e -> markRollbackOnly("a statement failed: " + e.getMessage())) : u;
        });
    }

    @Override
    public Multi<Row> stream(ParsedSql sql, Object[] params, int fetchSize) {
        return Multi.createFrom().deferred(() -> {
            checkActive();
            return connection.stream(sql, params, fetchSize);
        });
    }
}
