package org.duoorm.internal.blocking;

import java.sql.Connection;
import java.util.function.Consumer;
import java.util.function.Function;
import org.duoorm.DuoOrmException;
import org.duoorm.TransactionOptions;
import org.duoorm.internal.tx.TxState;

/**
 * A blocking unit of work (or a standalone session): one connection in a transaction. As a target,
 * a failing statement marks a managed unit of work rollback-only.
 */
public final class BlockingTx extends TxState implements BlockingTarget {
    private final Connection connection;
    private final boolean managed;
    private int savepoints;

    public BlockingTx(String database, TransactionOptions options, Connection connection, boolean managed) {
        super(database, options);
        this.connection = connection;
        this.managed = managed;
    }

    public Connection connection() {
        return connection;
    }

    public boolean managed() {
        return managed;
    }

    public String nextSavepointName() {
        return "duoorm_sp_" + (++savepoints);
    }

    @Override
    public <T> T apply(Function<Connection, T> work) {
        checkActive();
        try {
            return work.apply(connection);
        } catch (DuoOrmException e) {
            if (managed) {
                markRollbackOnly("a statement failed: " + e.getMessage());
            }
            throw e;
        }
    }

    @Override
    public <T> T stream(Function<Connection, T> open, Consumer<Runnable> onClose) {
        checkActive();
        onClose.accept(() -> { });
        return apply(open);
    }
}
