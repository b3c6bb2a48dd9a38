package org.duoorm.internal.model;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duoorm.Database;
import org.duoorm.internal.blocking.BlockingTx;
import org.duoorm.internal.blocking.JdbcSession;
import org.duoorm.internal.reactive.ReactiveTx;
import org.duoorm.internal.reactive.VSession;

/**
 * The state a unit of work keeps for models (the original's state-driven mode): an identity map (one
 * Java object per row) and a snapshot of each model as last read or written, so that changes made to
 * loaded models are written at commit, or at an explicit flush, without {@code save()}. Kept in the
 * engine's unit of work (per thread for blocking ones, in the subscription context for reactive ones);
 * outside a unit of work there is none, and calls share no state.
 */
final class UnitOfWork implements org.duoorm.internal.tx.SavepointListener {
    private record Key(Class<?> type, Object id) {
    }

    private record Entry(BoundModel<Object> model, Object instance) {
        /** Changed since read or written; a to-one relationship pointed elsewhere counts through its foreign key. */
        boolean dirty(UnitOfWork uow) {
            if (!model.meta.relations.isEmpty()) {
                Cascades.copyKeys(model.meta, instance);
            }
            return !Snapshots.changed(model.meta, instance, uow).isEmpty();
        }
    }

    private final Map<Key, Entry> identity = new LinkedHashMap<>();
    /** The snapshots of plain (non-{@code Model}) instances read or written in this unit (see {@link Snapshots}). */
    private final Map<Object, Object[]> plainSnapshots = new IdentityHashMap<>();
    /** A read-only unit of work never writes its tracked changes (they are dropped with it). */
    private final boolean readOnly;

    private UnitOfWork(boolean readOnly) {
        this.readOnly = readOnly;
    }

    /** The unit of work open on this thread for the database (blocking), or null. */
    static UnitOfWork current(Database db) {
        BlockingTx tx = db.currentSession().map(s -> s instanceof JdbcSession j ? j.unitOfWork() : null).orElse(null);
        return tx == null ? null : tx.attribute(UnitOfWork.class, () -> {
            UnitOfWork u = new UnitOfWork(tx.options().readOnly());
            tx.beforeCommit(() -> BlockingRunner.run(db, u.flush()));
            tx.onSavepoint(u);
            return u;
        });
    }

    /** The unit of work in the subscription context for the database (reactive); the item is null when none. */
    static Uni<UnitOfWork> currentUni(Database db) {
        return db.reactive().currentSession().map(s -> {
            ReactiveTx tx = s.map(x -> x instanceof VSession v ? v.unitOfWork() : null).orElse(null);
            return tx == null ? null : tx.attribute(UnitOfWork.class, () -> {
                UnitOfWork u = new UnitOfWork(tx.options().readOnly());
                tx.beforeCommit(() -> ReactiveRunner.run(db.reactive(), u.flush()).replaceWithVoid());
                tx.onSavepoint(u);
                return u;
            });
        });
    }

    private static Key key(ModelMeta<?> meta, Object instance) {
        Object id = meta.id.bind(instance);
        return id == null ? null : new Key(meta.type, Loader.norm(id));
    }

    /**
     * The one object for a row: the instance already tracked for its key (the fresh copy is dropped, so
     * unwritten changes are kept), or this one, now tracked.
     */
    @SuppressWarnings("unchecked")
    synchronized <T> T register(BoundModel<T> model, T instance) {
        Key key = key(model.meta, instance);
        if (key == null) {
            return instance;
        }
        Entry e = identity.get(key);
        if (e != null && e.instance != instance) {
            return (T) e.instance;
        }
        identity.put(key, new Entry((BoundModel<Object>) model, instance));
        return instance;
    }

    synchronized void snapshot(Object instance, Object[] values) {
        plainSnapshots.put(instance, values);
    }

    synchronized Object[] snapshotOf(Object instance) {
        return plainSnapshots.get(instance);
    }

    synchronized void dropSnapshot(Object instance) {
        plainSnapshots.remove(instance);
    }

    synchronized void forget(ModelMeta<?> meta, Object instance) {
        Key key = key(meta, instance);
        Entry e = key == null ? null : identity.get(key);
        if (e != null && e.instance == instance) {
            identity.remove(key);
        }
    }

    /** The tracked models changed since they were last read or written. */
    private synchronized List<Entry> dirty() {
        List<Entry> out = new ArrayList<>();
        for (Entry e : identity.values()) {
            if (e.dirty(this)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Writes the tracked changes, one save each (only the changed columns), unless the unit is read-only. */
    Plan<List<Object>> flush() {
        return Plan.defer(() -> readOnly ? Plan.done(List.of()) : Plan.each(dirty(), e -> e.model.ops.save(e.instance)));
    }

    /**
     * At a savepoint (after a flush, so nothing is pending): the tracked objects and their field values.
     * Rolling back to it puts the values back into the objects, so that neither the objects nor a later
     * flush carry what the rolled-back scope did, and forgets objects first tracked inside the scope.
     */
    @Override
    public synchronized Object mark() {
        Map<Key, Object[]> values = new LinkedHashMap<>();
        for (Map.Entry<Key, Entry> e : identity.entrySet()) {
            ModelMeta<?> meta = e.getValue().model.meta;
            Object[] v = new Object[meta.fields.length];
            for (FieldMeta f : meta.fields) {
                v[f.index] = Snapshots.deepCopy(f.get(e.getValue().instance));
            }
            values.put(e.getKey(), v);
        }
        return values;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void rolledBackTo(Object mark) {
        Map<Key, Object[]> values = (Map<Key, Object[]>) mark;
        identity.keySet().retainAll(values.keySet());
        plainSnapshots.clear(); // taken again below for the objects still tracked
        for (Map.Entry<Key, Entry> e : identity.entrySet()) {
            Entry entry = e.getValue();
            Object[] v = values.get(e.getKey());
            for (FieldMeta f : entry.model.meta.fields) {
                f.set(entry.instance, Snapshots.deepCopy(v[f.index]));
            }
            // What the row holds again, after the rollback to the savepoint.
            Snapshots.take(entry.model, entry.instance, this);
        }
    }

    @Override
    public String toString() {
        return "UnitOfWork" + identity.keySet().stream().map(k -> k.type().getSimpleName() + "#" + k.id()).toList();
    }
}
