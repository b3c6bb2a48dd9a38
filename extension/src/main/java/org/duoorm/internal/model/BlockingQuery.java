package org.duoorm.internal.model;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.duoorm.Row;
import org.duoorm.model.Assignment;
import org.duoorm.model.Condition;
import org.duoorm.model.Order;
import org.duoorm.model.Page;
import org.duoorm.model.Query;
import org.duoorm.model.ReactiveQuery;

/** The blocking query: runs its statements through the database's raw SQL API. */
final class BlockingQuery<T> extends Query<T> {
    private final BoundModel<T> model;
    private final ModelMeta<T> meta;
    private final QuerySpec<T> spec;

    BlockingQuery(BoundModel<T> model, QuerySpec<T> spec) {
        this.model = model;
        this.meta = model.meta;
        this.spec = spec;
    }

    private Query<T> with(QuerySpec<T> next) {
        return new BlockingQuery<>(model, next);
    }

    @Override
    public Query<T> where(Collection<? extends Condition<T>> conditions) {
        return with(spec.where(conditions));
    }

    @Override
    public Query<T> orderBy(List<Order<T>> keys) {
        return with(spec.orderBy(keys));
    }

    @Override
    public Query<T> orderBy(String... keys) {
        return with(spec.orderBy(QueryLogic.orders(meta, keys)));
    }

    @Override
    public Query<T> limit(int limit) {
        return with(spec.limit(limit));
    }

    @Override
    public Query<T> offset(long offset) {
        return with(spec.offset(offset));
    }

    @Override
    public Query<T> wholeTable() {
        return with(spec.allowWholeTable());
    }

    @Override
    public String sql() {
        return Renderer.select(meta, spec, false).sql();
    }

    @Override
    public List<Object> params() {
        return List.of(Renderer.select(meta, spec, false).params());
    }

    private List<Row> rows(Statement st) {
        return model.db.query(st.sql(), st.params());
    }

    @Override
    public List<T> all() {
        return model.loaded(QueryLogic.map(meta, rows(Renderer.select(meta, spec, false))));
    }

    @Override
    public Optional<T> first() {
        List<T> found = QueryLogic.map(meta, rows(Renderer.select(meta, spec.capLimit(1), false)));
        return found.isEmpty() ? Optional.empty() : Optional.of(model.loaded(found.get(0)));
    }

    @Override
    public T one() {
        return model.loaded(QueryLogic.one(meta, rows(Renderer.select(meta, spec.capLimit(2), false))));
    }

    @Override
    public long count() {
        return count(spec);
    }

    private long count(QuerySpec<T> s) {
        Statement st = Renderer.count(meta, s);
        return model.db.queryValue(Long.class, st.sql(), st.params()).orElse(0L);
    }

    @Override
    public boolean exists() {
        return !rows(Renderer.exists(meta, spec)).isEmpty();
    }

    @Override
    public Stream<T> iterate() {
        return iterate(QueryLogic.DEFAULT_FETCH_SIZE);
    }

    @Override
    public Stream<T> iterate(int fetchSize) {
        QueryLogic.checkSize(fetchSize, "fetchSize");
        Statement st = Renderer.select(meta, spec, true);
        return model.db.stream(st.sql(), fetchSize, st.params()).map(r -> model.loaded(meta.map(r)));
    }

    @Override
    public Stream<List<T>> iterateBatches(int batchSize) {
        Stream<T> rows = iterate(batchSize);
        Iterator<List<T>> batches = new Batches<>(rows.iterator(), batchSize);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batches, Spliterator.ORDERED), false)
                .onClose(rows::close);
    }

    /** Groups an iterator's items into lists. */
    private static final class Batches<E> implements Iterator<List<E>> {
        private final Iterator<E> items;
        private final int size;

        Batches(Iterator<E> items, int size) {
            this.items = items;
            this.size = size;
        }

        @Override
        public boolean hasNext() {
            return items.hasNext();
        }

        @Override
        public List<E> next() {
            if (!items.hasNext()) {
                throw new NoSuchElementException();
            }
            List<E> batch = new java.util.ArrayList<>(size);
            while (batch.size() < size && items.hasNext()) {
                batch.add(items.next());
            }
            return batch;
        }
    }

    @Override
    public Page<T> page(int number, int size) {
        QuerySpec<T> paged = QueryLogic.page(spec, number, size);
        long total = count(QueryLogic.unpaged(spec));
        List<T> items = QueryLogic.map(meta, rows(Renderer.select(meta, paged, true)));
        return new Page<>(model.loaded(items), total, number, size);
    }

    @Override
    public int updateBulk(List<Assignment<T>> assignments) {
        QueryLogic.checkAssignments(assignments);
        QueryLogic.checkBulk(meta, spec, "updateBulk");
        Statement st = Renderer.update(meta, spec, assignments);
        return model.db.execute(st.sql(), st.params());
    }

    @Override
    public int updateBulk(Map<String, ?> values) {
        return updateBulk(QueryLogic.assignments(meta, values));
    }

    @Override
    public int deleteBulk() {
        QueryLogic.checkBulk(meta, spec, "deleteBulk");
        Statement st = Renderer.delete(meta, spec);
        return model.db.execute(st.sql(), st.params());
    }

    @Override
    public ReactiveQuery<T> reactive() {
        return new ReactiveQueryImpl<>(model.reactive(), spec);
    }
}
