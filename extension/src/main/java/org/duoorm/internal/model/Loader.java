package org.duoorm.internal.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duoorm.Row;
import org.duoorm.model.Fetch;

/**
 * Eager loading of relationships, shared by both modes: the statements to run for a list of parents
 * ({@link Fetch#SELECTIN}: one {@code SELECT ... WHERE key IN (...)} per relationship, in chunks of
 * {@value #CHUNK} keys) and the assignment of their rows to the parents; and the mapping of a joined
 * result.
 */
final class Loader {
    static final int CHUNK = 1000;

    private Loader() {
    }

    /** The relationships a query loads with SELECTIN. */
    static List<Link> selectIn(ModelMeta<?> meta, QuerySpec<?> spec) {
        List<Link> out = new ArrayList<>();
        for (QuerySpec.Fetched f : spec.related()) {
            if (f.fetch() == Fetch.SELECTIN) {
                out.add(meta.link(f.relation()));
            }
        }
        return out;
    }

    /** The relationship a query joins, checked against its paging; null when none. */
    static Link joined(ModelMeta<?> meta, QuerySpec<?> spec) {
        QuerySpec.Fetched f = spec.joined();
        if (f == null) {
            return null;
        }
        Link link = meta.link(f.relation());
        if (link.toMany() && (spec.limit() != null || spec.offset() != null)) {
            throw new org.duoorm.InvalidArgumentException("Relationship " + link + " is a collection loaded with Fetch.JOINED, which "
                    + "cannot be combined with limit, offset, first(), one() or page(): the join repeats each parent. "
                    + "Load it with Fetch.SELECTIN (the default).");
        }
        return link;
    }

    /** The distinct non-null parent keys, as bound. */
    static List<Object> keys(Link link, List<?> parents) {
        Set<Object> keys = new LinkedHashSet<>();
        for (Object p : parents) {
            Object k = link.ownerKey.bind(p);
            if (k != null) {
                keys.add(norm(k));
            }
        }
        return new ArrayList<>(keys);
    }

    /** The SELECTIN statements for these parents (none when no parent has a key). */
    static List<Statement> statements(Link link, List<?> parents) {
        List<Object> keys = keys(link, parents);
        List<Statement> out = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<Object> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
            out.add(Lowering.selectIn(link.targetMeta(), link.targetKey, chunk, link.sorts()).statement());
        }
        return out;
    }

    /** Gives each parent its related models from the rows of {@link #statements}. */
    static void assign(Link link, List<?> parents, List<Row> rows, UnitOfWork uow) {
        Map<Object, List<Object>> byKey = new HashMap<>();
        for (Row r : rows) {
            Object child = link.target.loaded(link.targetMeta().map(r), uow);
            byKey.computeIfAbsent(norm(link.targetKey.bind(child)), k -> new ArrayList<>()).add(child);
        }
        for (Object p : parents) {
            Object k = link.ownerKey.bind(p);
            List<Object> found = k == null ? List.of() : byKey.getOrDefault(norm(k), List.of());
            link.rel.set(p, link.toMany() ? new ArrayList<>(found) : found.isEmpty() ? null : found.get(0));
        }
    }

    /** Keys compare as values: whole numbers of any width as longs. */
    static Object norm(Object key) {
        return key instanceof Integer || key instanceof Short || key instanceof Byte ? Long.valueOf(((Number) key).longValue()) : key;
    }

    /** Maps a joined result: one parent per key, in order, each with its related models. */
    static <T> List<T> mapJoined(BoundModel<T> model, Link link, List<Row> rows, UnitOfWork uow) {
        ModelMeta<T> meta = model.meta;
        ModelMeta<Object> t = link.targetMeta();
        int offset = meta.fields.length;
        Map<Object, T> parents = new LinkedHashMap<>();
        Map<Object, List<Object>> children = new HashMap<>();
        for (Row r : rows) {
            Object id = r.get(meta.id.index);
            T parent = parents.get(id);
            if (parent == null) {
                parent = model.loaded(meta.map(r), uow);
                parents.put(id, parent);
                children.put(id, new ArrayList<>());
            }
            if (r.get(offset + t.id.index) != null) {
                Object child = t.newInstance();
                t.load(child, r, offset);
                t.markUnloaded(child);
                children.get(id).add(link.target.loaded(child, uow));
            }
        }
        for (Map.Entry<Object, T> e : parents.entrySet()) {
            List<Object> found = children.get(e.getKey());
            link.rel.set(e.getValue(), link.toMany() ? found : found.isEmpty() ? null : found.get(0));
        }
        return new ArrayList<>(parents.values());
    }
}
