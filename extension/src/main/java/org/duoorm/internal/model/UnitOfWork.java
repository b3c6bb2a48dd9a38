package org.duoorm.internal.model;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.Arrays;
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

    private static final class Entry {
        final BoundModel<Object> model;
        final Object instance;
        Object[] snapshot;

        Entry(BoundModel<Object> model, Object instance) {
            this.model = model;
            this.instance = instance;
            this.snapshot = snapshot(model.meta, instance);
        }

        /** Changed since read or written; a to-one relationship pointed elsewhere counts through its foreign key. */
        boolean dirty() {
            if (!model.meta.relations.isEmpty()) {
                Cascades.copyKeys(model.meta, instance);
            }
            return !Arrays.deepEquals(snapshot, snapshot(model.meta, instance));
        }
    }

    private final Map<Key, Entry> identity = new LinkedHashMap<>();

    /** The unit of work open on this thread for the database (blocking), or null. */
    static UnitOfWork current(Database db) {
        BlockingTx tx = db.currentSession().map(s -> s instanceof JdbcSession j ? j.unitOfWork() : null).orElse(null);
        return tx == null ? null : tx.attribute(UnitOfWork.class, () -> {
            UnitOfWork u = new UnitOfWork();
            tx.beforeCommit(u::flush);
            tx.onSavepoint(u);
            return u;
        });
    }

    /** The unit of work in the subscription context for the database (reactive); the item is null when none. */
    static Uni<UnitOfWork> currentUni(Database db) {
        return db.reactive().currentSession().map(s -> {
            ReactiveTx tx = s.map(x -> x instanceof VSession v ? v.unitOfWork() : null).orElse(null);
            return tx == null ? null : tx.attribute(UnitOfWork.class, () -> {
                UnitOfWork u = new UnitOfWork();
                tx.beforeCommit(u::flushUni);
                tx.onSavepoint(u);
                return u;
            });
        });
    }

    private static Object[] snapshot(ModelMeta<?> meta, Object instance) {
        Object[] values = new Object[meta.fields.length];
        for (FieldMeta f : meta.fields) {
            values[f.index] = f.bind(instance);
        }
        return values;
    }

    private static Key key(ModelMeta<?> meta, Object instance) {
        Object id = meta.id.bind(instance);
        return id == null ? null : new Key(meta.type, Loader.norm(id));
    }

    /**
     * The one object for a row: the instance already tracked for its key (the fresh copy is dropped, so
     * unwritten changes are kept), or this one, now tracked as read.
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
            if (e.dirty()) {
                out.add(e);
            }
        }
        return out;
    }

    /** Writes tracked changes through the blocking unit of work on this thread. */
    void flush() {
        for (Entry e : dirty()) {
            e.model.save(e.instance);
        }
    }

    /** Writes tracked changes through the reactive unit of work of the subscription. */
    Uni<Void> flushUni() {
        return Uni.createFrom().deferred(() -> Multi.createFrom().iterable(dirty())
                .onItem().transformToUniAndConcatenate(e -> e.model.reactive().save(e.instance))
                .collect().last().replaceWithVoid());
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
                v[f.index] = f.get(e.getValue().instance);
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
        for (Map.Entry<Key, Entry> e : identity.entrySet()) {
            Entry entry = e.getValue();
            Object[] v = values.get(e.getKey());
            for (FieldMeta f : entry.model.meta.fields) {
                f.set(entry.instance, v[f.index]);
            }
            entry.snapshot = snapshot(entry.model.meta, entry.instance);
        }
    }

    @Override
    public String toString() {
        return "UnitOfWork" + identity.keySet().stream().map(k -> k.type().getSimpleName() + "#" + k.id()).toList();
    }
}
