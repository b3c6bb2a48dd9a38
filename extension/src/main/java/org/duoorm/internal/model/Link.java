package org.duoorm.internal.model;

import java.util.List;
import org.duoorm.MappingException;

/**
 * A relationship resolved against the related model of the same database. Every kind joins the same
 * way: {@code target.targetKey = owner.ownerKey} (the owning side's foreign key against the other
 * side's primary key).
 */
final class Link {
    final RelationMeta rel;
    final int index;
    final ModelMeta<?> owner;
    final BoundModel<Object> target;
    final FieldMeta ownerKey;
    final FieldMeta targetKey;
    /**
     * The order of a collection's elements from its {@code @OrderBy}, over the target's fields (an empty
     * {@code @OrderBy} is the target's primary key); empty when the relationship declares none.
     */
    final List<SortKey> order;
    /** {@link #order} as sort keys of a statement; NULLs sort as the smallest values on every database. */
    private final List<SqlTree.Sort> sorts;

    private Link(RelationMeta rel, int index, ModelMeta<?> owner, BoundModel<Object> target, FieldMeta ownerKey,
            FieldMeta targetKey, List<SortKey> order) {
        this.rel = rel;
        this.index = index;
        this.owner = owner;
        this.target = target;
        this.ownerKey = ownerKey;
        this.targetKey = targetKey;
        this.order = order;
        List<SqlTree.Sort> sorts = new java.util.ArrayList<>(order.size());
        for (SortKey k : order) {
            sorts.add(new SqlTree.By(new SqlTree.Col(k.field()), k.descending(), org.duoorm.model.Order.Nulls.DEFAULT));
        }
        this.sorts = List.copyOf(sorts);
    }

    /** The statement order of the collection's elements from its {@code @OrderBy} (empty without one). */
    List<SqlTree.Sort> sorts() {
        return sorts;
    }

    /** @throws MappingException for an {@code @OrderBy} that is not a list of the target's fields */
    private static List<SortKey> order(RelationMeta rel, ModelMeta<?> target, String where) {
        if (rel.orderBy() == null) {
            return List.of();
        }
        List<SortKey> keys = SortKey.parse(rel.orderBy(), target.fields, "@OrderBy", where);
        return keys.isEmpty() ? List.of(new SortKey(target.id, false)) : keys;
    }

    ModelMeta<Object> targetMeta() {
        return target.meta;
    }

    boolean toMany() {
        return rel.toMany();
    }

    @SuppressWarnings("unchecked")
    static Link resolve(ModelMeta<?> owner, int index, DatabaseModels models) {
        RelationMeta rel = owner.relations.get(index);
        String where = owner.type.getSimpleName() + "." + rel.field();
        BoundModel<Object> target = models == null ? null : (BoundModel<Object>) models.get(rel.target());
        if (target == null) {
            throw new MappingException("Relationship " + where + " refers to " + rel.target().getName()
                    + ", which is not registered with the same database; register both models");
        }
        ModelMeta<Object> t = target.meta;
        referencedKey(rel, t, owner.type.getName() + "." + rel.field());
        List<SortKey> order = order(rel, t, owner.type.getName() + "." + rel.field());
        if (rel.owning()) {
            return new Link(rel, index, owner, target, keyField(owner, rel.joinColumn(), where), t.id, order);
        }
        if (rel.kind() == RelationMeta.Kind.ONE_TO_MANY && rel.joinColumn() != null && rel.mappedBy().isEmpty()) {
            return new Link(rel, index, owner, target, owner.id, keyField(t, rel.joinColumn(), where), order);
        }
        if (rel.mappedBy().isEmpty()) {
            throw new MappingException("Relationship " + where + " needs mappedBy (the owning field of "
                    + rel.target().getSimpleName() + ") or @JoinColumn (the foreign key column of its table)");
        }
        RelationMeta other = t.relation(rel.mappedBy());
        if (!other.owning() || other.target() != owner.type) {
            throw new MappingException("Relationship " + where + " is mappedBy " + rel.mappedBy() + ", which must be a "
                    + "@ManyToOne or owning @OneToOne of " + rel.target().getSimpleName() + " to " + owner.type.getSimpleName());
        }
        return new Link(rel, index, owner, target, owner.id, keyField(t, other.joinColumn(), where), order);
    }

    /** DuoORM joins on the related primary key, so {@code referencedColumnName} may only name that. */
    private static void referencedKey(RelationMeta rel, ModelMeta<?> target, String where) {
        if (!rel.referencedColumn().isEmpty() && !rel.referencedColumn().equalsIgnoreCase(target.id.column)) {
            throw new MappingException("@JoinColumn(referencedColumnName = \"" + rel.referencedColumn() + "\") on " + where
                    + " is not supported by DuoORM: it joins on the primary key (" + target.id.column + " of "
                    + target.table + "); leave referencedColumnName empty or name the primary key column");
        }
    }

    private static FieldMeta keyField(ModelMeta<?> meta, String column, String where) {
        FieldMeta f = meta.fieldByColumn(column);
        if (f == null) {
            throw new MappingException("Relationship " + where + " uses foreign key column " + column + " of "
                    + meta.table + ", but " + meta.type.getSimpleName() + " has no field for it; declare one, e.g. "
                    + "public Long " + camel(column) + ";");
        }
        return f;
    }

    static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean up = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                out.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return owner.type.getSimpleName() + "." + rel.field();
    }
}
