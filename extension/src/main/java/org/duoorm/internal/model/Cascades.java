package org.duoorm.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.duoorm.MappingException;

/**
 * Saving and deleting through relationships, in foreign-key order. Before a model is written, the
 * models it references are written first when new (with {@code cascade = PERSIST}, or fail) and its
 * foreign key fields take their keys; after it, new or moved models of its cascading collections are
 * written with its key. Before a model is deleted, the models of its relationships with
 * {@code cascade = REMOVE} (or {@code orphanRemoval}) are deleted.
 */
final class Cascades {
    private Cascades() {
    }

    /** Whether saving this model may write other models too. */
    static boolean savesOthers(ModelMeta<?> meta, Object model) {
        for (RelationMeta r : meta.relations) {
            Object v = r.kind() == RelationMeta.Kind.MANY_TO_MANY ? null : r.get(model);
            if (v != null && !Unloaded.is(v) && (r.owning() || r.cascadePersist())) {
                return true;
            }
        }
        return false;
    }

    static boolean deletesOthers(ModelMeta<?> meta) {
        return meta.relations.stream().anyMatch(r -> r.cascadeRemove() && !r.owning());
    }

    /** The referenced models that must be inserted first (new, with cascade); checks the others. */
    static List<Object[]> parents(ModelMeta<?> meta, Object model) {
        List<Object[]> out = new ArrayList<>();
        for (RelationMeta r : meta.relations) {
            Object parent = r.owning() ? r.get(model) : null;
            if (parent != null) {
                Link link = meta.link(r.field());
                if (!link.target.isPersisted(parent)) {
                    if (!r.cascadePersist()) {
                        throw new MappingException(link + " refers to a new " + link.targetMeta().type.getSimpleName()
                                + "; save it first, or declare cascade = CascadeType.PERSIST on the relationship");
                    }
                    out.add(new Object[] {link, parent});
                }
            }
        }
        return out;
    }

    /** Copies the referenced models' keys into the foreign key fields. */
    static void copyKeys(ModelMeta<?> meta, Object model) {
        for (RelationMeta r : meta.relations) {
            Object parent = r.owning() ? r.get(model) : null;
            if (parent != null) {
                Link link = meta.link(r.field());
                Object key = link.targetKey.get(parent);
                link.ownerKey.set(model, key == null ? null : link.ownerKey.codec.fromDb(key));
            }
        }
    }

    /** The models of cascading collections (and inverse one-to-ones) to write after the model: new ones, or moved here. */
    static List<Object[]> children(ModelMeta<?> meta, Object model) {
        List<Object[]> out = new ArrayList<>();
        for (RelationMeta r : meta.relations) {
            if (r.owning() || !r.cascadePersist() || r.kind() == RelationMeta.Kind.MANY_TO_MANY) {
                continue;
            }
            Object value = r.get(model);
            if (value == null || Unloaded.is(value)) {
                continue;
            }
            Link link = meta.link(r.field());
            Object key = link.ownerKey.get(model);
            for (Object child : value instanceof List<?> list ? list : List.of(value)) {
                Object fk = link.targetKey.get(child);
                Object wanted = key == null ? null : link.targetKey.codec.fromDb(key);
                backReference(link, child, model);
                if (!link.target.isPersisted(child) || !java.util.Objects.equals(fk, wanted)) {
                    link.targetKey.set(child, wanted);
                    out.add(new Object[] {link, child});
                }
            }
        }
        return out;
    }

    /** Sets the child's owning field to the parent when it is empty, so that both sides agree in memory. */
    private static void backReference(Link link, Object child, Object parent) {
        if (!link.rel.mappedBy().isEmpty()) {
            RelationMeta back = link.targetMeta().relation(link.rel.mappedBy());
            if (back.get(child) == null) {
                back.set(child, parent);
            }
        }
    }

    // ---- plans ----

    /** Saves the model with {@code write}, after the new models it references and before its new or moved children. */
    static <T> Plan<T> save(ModelOps<T> ops, T model, Function<T, Plan<T>> write) {
        if (!savesOthers(ops.meta, model)) {
            return write.apply(model);
        }
        return Plan.inUnit(Plan.each(parents(ops.meta, model), p -> ((Link) p[0]).target.ops.save(p[1]))
                .then(done -> {
                    copyKeys(ops.meta, model);
                    return write.apply(model);
                })
                .then(saved -> Plan.each(children(ops.meta, saved), c -> ((Link) c[0]).target.ops.save(c[1])).map(done -> saved)));
    }

    /** Runs {@code delete} after deleting the models of the relationships that cascade removal. */
    static <T> Plan<Void> delete(ModelOps<T> ops, T model, Plan<Void> delete) {
        if (!deletesOthers(ops.meta)) {
            return delete;
        }
        List<Link> links = new ArrayList<>();
        for (RelationMeta r : ops.meta.relations) {
            if (r.cascadeRemove() && !r.owning()) {
                links.add(ops.meta.link(r.field()));
            }
        }
        return Plan.inUnit(Plan.each(links, link -> deleteChildren(link, model)).then(done -> delete));
    }

    private static Plan<Void> deleteChildren(Link link, Object parent) {
        Object key = link.ownerKey.get(parent);
        if (key == null) {
            return Plan.done(null);
        }
        ModelOps<Object> t = link.target.ops;
        QuerySpec<Object> children = QuerySpec.<Object>empty().where(List.of(keyIs(link, key)));
        if (deletesOthers(t.meta)) {
            return t.queries.all(children).then(found -> Plan.each(found, t::delete)).map(done -> null);
        }
        return t.queries.deleteBulk(children).map(n -> null);
    }

    private static org.duoorm.model.Condition<Object> keyIs(Link link, Object key) {
        return QueryLogic.column(link.targetMeta(), link.targetKey).eq(link.targetKey.codec.fromDb(key));
    }
}
