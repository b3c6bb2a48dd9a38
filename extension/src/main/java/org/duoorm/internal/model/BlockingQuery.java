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
import org.duoorm.model.Assignment;
import org.duoorm.model.Condition;
import org.duoorm.model.Fetch;
import org.duoorm.model.Order;
import org.duoorm.model.Page;
import org.duoorm.model.Query;
import org.duoorm.model.ReactiveQuery;

/** The blocking query: runs the plans of {@link QueryOps} on the calling thread. */
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
    public Query<T> orderBy(org.duoorm.model.Related.CountOrder key) {
        return with(spec.orderBy(List.of(CountColumn.order(meta, key))));
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

    private <R> R run(Plan<R> plan) {
        return BlockingRunner.run(model.db, plan);
    }

    @Override
    public String sql() {
        return model.ops.queries.select(spec, false).sql();
    }

    @Override
    public List<Object> params() {
        return List.of(model.ops.queries.select(spec, false).params());
    }

    @Override
    public Query<T> related(String relation, Fetch fetch) {
        return with(spec.related(meta, relation, fetch));
    }

    @Override
    public List<T> all() {
        return run(model.ops.queries.all(spec));
    }

    @Override
    public Optional<T> first() {
        return run(model.ops.queries.first(spec));
    }

    @Override
    public T one() {
        return run(model.ops.queries.one(spec));
    }

    @Override
    public long count() {
        return run(model.ops.queries.count(spec));
    }

    @Override
    public boolean exists() {
        return run(model.ops.queries.exists(spec));
    }

    @Override
    public Stream<T> iterate() {
        return iterate(QueryLogic.DEFAULT_FETCH_SIZE);
    }

    @Override
    public Stream<T> iterate(int fetchSize) {
        QueryLogic.checkSize(fetchSize, "fetchSize");
        QueryLogic.checkStreamable(meta, spec);
        Statement st = model.ops.queries.select(spec, true);
        UnitOfWork uow = UnitOfWork.current(model.db);
        return model.db.stream(st.sql(), fetchSize, st.params()).map(r -> model.loaded(meta.map(r), uow));
    }

    @Override
    public Stream<List<T>> iterateBatches(int batchSize) {
        QueryLogic.checkSize(batchSize, "batchSize");
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
        return run(model.ops.queries.page(spec, number, size));
    }

    @Override
    public int updateBulk(List<Assignment<T>> assignments) {
        return run(model.ops.queries.updateBulk(spec, assignments));
    }

    @Override
    public int updateBulk(Map<String, ?> values) {
        return updateBulk(values, false);
    }

    @Override
    public int updateBulk(Map<String, ?> values, boolean withHooks) {
        return run(model.ops.queries.updateBulk(spec, values, withHooks));
    }

    @Override
    public int deleteBulk() {
        return run(model.ops.queries.deleteBulk(spec));
    }

    @Override
    public ReactiveQuery<T> reactive() {
        return new ReactiveQueryImpl<>(model.reactive(), spec);
    }
}
