package org.duoorm.internal.model;

import java.util.List;
import org.duoorm.model.Column;
import org.duoorm.model.Condition;
import org.duoorm.model.Order;
import org.duoorm.model.Related;

/** The number of related rows as a sort key: the renderer turns it into a correlated {@code COUNT(*)}. */
final class CountColumn<M> extends Column<M, Long> {
    final String relation;
    final List<Condition<?>> where;

    private CountColumn(Class<M> model, Related.CountOrder key) {
        super(model, "count(" + key.relation() + ")", Long.class);
        this.relation = key.relation();
        this.where = key.where();
    }

    @Override
    protected Object derivation() {
        return where;
    }

    static <M> Order<M> order(ModelMeta<M> meta, Related.CountOrder key) {
        if (key == null) {
            throw new org.duoorm.InvalidArgumentException("a sort key must not be null");
        }
        meta.relation(key.relation());
        return new Order<>(new CountColumn<>(meta.type, key), key.descending(), Order.Nulls.DEFAULT);
    }
}
