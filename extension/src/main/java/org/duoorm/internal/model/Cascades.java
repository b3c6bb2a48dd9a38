package org.duoorm.internal.model;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
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

    // ---- blocking ----

    static <T> T save(BoundModel<T> m, T model, java.util.function.UnaryOperator<T> write) {
        if (!savesOthers(m.meta, model)) {
            return write.apply(model);
        }
        return m.db.transaction(tx -> {
            for (Object[] p : parents(m.meta, model)) {
                ((Link) p[0]).target.save(p[1]);
            }
            copyKeys(m.meta, model);
            T saved = write.apply(model);
            for (Object[] c : children(m.meta, saved)) {
                ((Link) c[0]).target.save(c[1]);
            }
            return saved;
        });
    }

    static <T> void delete(BoundModel<T> m, T model, Runnable delete) {
        if (!deletesOthers(m.meta)) {
            delete.run();
            return;
        }
        m.db.useTransaction(tx -> {
            for (RelationMeta r : m.meta.relations) {
                if (r.cascadeRemove() && !r.owning()) {
                    deleteChildren(m.meta.link(r.field()), model);
                }
            }
            delete.run();
        });
    }

    private static void deleteChildren(Link link, Object parent) {
        Object key = link.ownerKey.get(parent);
        if (key == null) {
            return;
        }
        BoundModel<Object> t = link.target;
        if (deletesOthers(t.meta)) {
            for (Object child : t.query().where(List.of(keyIs(link, key))).all()) {
                t.delete(child);
            }
        } else {
            t.query().where(List.of(keyIs(link, key))).deleteBulk();
        }
    }

    private static org.duoorm.model.Condition<Object> keyIs(Link link, Object key) {
        return QueryLogic.column(link.targetMeta(), link.targetKey).eq(link.targetKey.codec.fromDb(key));
    }

    // ---- reactive ----

    static <T> Uni<T> saveUni(ReactiveBoundModel<T> m, T model, java.util.function.Function<T, Uni<T>> write) {
        if (!savesOthers(m.meta, model)) {
            return write.apply(model);
        }
        return m.db().transaction(tx -> Multi.createFrom().iterable(parents(m.meta, model))
                .onItem().transformToUniAndConcatenate(p -> ((Link) p[0]).target.reactive().save(p[1]))
                .collect().last()
                .chain(() -> {
                    copyKeys(m.meta, model);
                    return write.apply(model);
                })
                .call(saved -> Multi.createFrom().iterable(children(m.meta, saved))
                        .onItem().transformToUniAndConcatenate(c -> ((Link) c[0]).target.reactive().save(c[1]))
                        .collect().last()));
    }

    static <T> Uni<Void> deleteUni(ReactiveBoundModel<T> m, T model, java.util.function.Supplier<Uni<Void>> delete) {
        if (!deletesOthers(m.meta)) {
            return delete.get();
        }
        List<Link> links = new ArrayList<>();
        for (RelationMeta r : m.meta.relations) {
            if (r.cascadeRemove() && !r.owning()) {
                links.add(m.meta.link(r.field()));
            }
        }
        return m.db().transaction(tx -> Multi.createFrom().iterable(links)
                .onItem().transformToUniAndConcatenate(link -> deleteChildrenUni(link, model))
                .collect().last()
                .chain(() -> delete.get()));
    }

    private static Uni<Void> deleteChildrenUni(Link link, Object parent) {
        Object key = link.ownerKey.get(parent);
        if (key == null) {
            return Uni.createFrom().voidItem();
        }
        ReactiveBoundModel<Object> t = link.target.reactive();
        if (!deletesOthers(t.meta)) {
            return t.query().where(List.of(keyIs(link, key))).deleteBulk().replaceWithVoid();
        }
        return t.query().where(List.of(keyIs(link, key))).all()
                .onItem().transformToMulti(list -> Multi.createFrom().iterable(list))
                .onItem().transformToUniAndConcatenate(t::delete)
                .collect().last().replaceWithVoid();
    }
}
