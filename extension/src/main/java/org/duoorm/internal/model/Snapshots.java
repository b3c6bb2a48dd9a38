package org.duoorm.internal.model;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.duoorm.model.Model;
import org.duoorm.model.ModelSupport;
import org.duoorm.model.ModelType;

/**
 * What each model instance held when it was last read from or written to its row: the field values,
 * copied deeply where they are mutable (JSON maps and lists, arrays). A write of a persisted model sets
 * only the fields that differ from it, so that concurrent writers of other columns of the same row keep
 * their changes.
 *
 * <p>{@link Model} instances keep their snapshot in their own state, for as long as they live. Instances of
 * other (plain) classes have nowhere to keep it: their snapshot is kept by the unit of work they were read or
 * written in, while it is open. Outside a unit of work a plain instance has none, and saving it writes all its
 * updatable columns, as an object DuoORM never loaded does. A side table keyed weakly by instance, which is
 * what keeping it for every plain instance would take, made every young collection copy the snapshots of all the
 * rows read since the last one and process one weak reference per row: a 100-row list ran at a fifth of plain
 * JDBC's throughput (benchmarks/README.md, the model list).
 */
final class Snapshots {
    private Snapshots() {
    }

    /** The state of a {@link Model} instance read from or written to a database. */
    record State(BoundModel<?> model, Object[] snapshot) implements ModelSupport.State {
        @Override
        public ModelType<?> modelType() {
            return model;
        }
    }

    /**
     * Records the instance's current values as its row's: in a {@link Model} instance itself, for a plain one in
     * the unit of work (none outside one; {@code uow} may be null).
     */
    static <T> void take(BoundModel<T> bound, T model, UnitOfWork uow) {
        if (model instanceof Model<?> m) {
            ModelSupport.state(m, new State(bound, copy(bound.meta, model)));
        } else if (uow != null) {
            uow.snapshot(model, copy(bound.meta, model));
        }
    }

    /** Forgets the instance's row (after a delete): a Model instance counts as new again. */
    static void forget(Object model, UnitOfWork uow) {
        if (model instanceof Model<?> m) {
            ModelSupport.state(m, null);
        } else if (uow != null) {
            uow.dropSnapshot(model);
        }
    }

    /**
     * @return the snapshot, or null when the instance was never read or written through this library, or, for a
     *     plain instance, not in this unit of work
     */
    static Object[] of(Object model, UnitOfWork uow) {
        if (model instanceof Model<?> m) {
            return ModelSupport.state(m) instanceof State s ? s.snapshot() : null;
        }
        return uow == null ? null : uow.snapshotOf(model);
    }

    /**
     * The updatable fields whose values differ from the snapshot; every updatable field when there is no
     * snapshot (nothing is known of the row).
     */
    static List<FieldMeta> changed(ModelMeta<?> meta, Object model, UnitOfWork uow) {
        Object[] snapshot = of(model, uow);
        if (snapshot == null) {
            return List.of(meta.updated);
        }
        List<FieldMeta> out = new ArrayList<>();
        for (FieldMeta f : meta.updated) {
            if (!Objects.deepEquals(snapshot[f.index], f.get(model))) {
                out.add(f);
            }
        }
        return out;
    }

    private static Object[] copy(ModelMeta<?> meta, Object model) {
        Object[] values = new Object[meta.fields.length];
        for (FieldMeta f : meta.fields) {
            values[f.index] = deepCopy(f.get(model));
        }
        return values;
    }

    /** A copy of a mutable value (map, list, array), so that changing the field's value in place shows as a change. */
    static Object deepCopy(Object v) {
        if (v instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.put(e.getKey(), deepCopy(e.getValue()));
            }
            return out;
        } else if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                out.add(deepCopy(item));
            }
            return out;
        } else if (v instanceof Object[] array) {
            Object[] out = Arrays.copyOf(array, array.length);
            for (int i = 0; i < out.length; i++) {
                out[i] = deepCopy(out[i]);
            }
            return out;
        } else if (v != null && v.getClass().isArray()) {
            int n = Array.getLength(v);
            Object out = Array.newInstance(v.getClass().getComponentType(), n);
            System.arraycopy(v, 0, out, 0, n);
            return out;
        }
        return v;
    }
}
