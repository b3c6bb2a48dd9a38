package org.duoorm.internal.model;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duoorm.Row;
import org.duoorm.model.Assignment;
import org.duoorm.model.Condition;
import org.duoorm.model.Fetch;
import org.duoorm.model.Order;
import org.duoorm.model.Page;
import org.duoorm.model.Query;
import org.duoorm.model.ReactiveQuery;

/** The reactive query: the plans of {@link QueryOps}, run as {@code Uni}s; streams as a {@code Multi} over a cursor. */
final class ReactiveQueryImpl<T> extends ReactiveQuery<T> {
    private final ReactiveBoundModel<T> model;
    private final ModelMeta<T> meta;
    private final QuerySpec<T> spec;

    ReactiveQueryImpl(ReactiveBoundModel<T> model, QuerySpec<T> spec) {
        this.model = model;
        this.meta = model.meta;
        this.spec = spec;
    }

    private ReactiveQuery<T> with(QuerySpec<T> next) {
        return new ReactiveQueryImpl<>(model, next);
    }

    @Override
    public ReactiveQuery<T> where(Collection<? extends Condition<T>> conditions) {
        return with(spec.where(conditions));
    }

    @Override
    public ReactiveQuery<T> orderBy(List<Order<T>> keys) {
        return with(spec.orderBy(keys));
    }

    @Override
    public ReactiveQuery<T> orderBy(String... keys) {
        return with(spec.orderBy(QueryLogic.orders(meta, keys)));
    }

    @Override
    public ReactiveQuery<T> orderBy(org.duoorm.model.Related.CountOrder key) {
        return with(spec.orderBy(List.of(CountColumn.order(meta, key))));
    }

    @Override
    public ReactiveQuery<T> limit(int limit) {
        return with(spec.limit(limit));
    }

    @Override
    public ReactiveQuery<T> offset(long offset) {
        return with(spec.offset(offset));
    }

    @Override
    public ReactiveQuery<T> wholeTable() {
        return with(spec.allowWholeTable());
    }

    private <R> Uni<R> run(Plan<R> plan) {
        return ReactiveRunner.run(model.blocking.db.reactive(), plan);
    }

    private QueryOps<T> queries() {
        return model.blocking.ops.queries;
    }

    @Override
    public String sql() {
        return queries().select(spec, false).sql();
    }

    @Override
    public List<Object> params() {
        return List.of(queries().select(spec, false).params());
    }

    @Override
    public ReactiveQuery<T> related(String relation, Fetch fetch) {
        return with(spec.related(meta, relation, fetch));
    }

    @Override
    public Uni<List<T>> all() {
        return run(queries().all(spec));
    }

    @Override
    public Uni<Optional<T>> first() {
        return run(queries().first(spec));
    }

    @Override
    public Uni<T> one() {
        return run(queries().one(spec));
    }

    @Override
    public Uni<Long> count() {
        return run(queries().count(spec));
    }

    @Override
    public Uni<Boolean> exists() {
        return run(queries().exists(spec));
    }

    @Override
    public Multi<T> iterate() {
        return iterate(QueryLogic.DEFAULT_FETCH_SIZE);
    }

    @Override
    public Multi<T> iterate(int fetchSize) {
        return Multi.createFrom().deferred(() -> {
            QueryLogic.checkSize(fetchSize, "fetchSize");
            QueryLogic.checkStreamable(meta, spec);
            Statement st = queries().select(spec, true);
            return UnitOfWork.currentUni(model.blocking.db).onItem().transformToMulti(uow -> model.blocking.db.reactive().stream(st.sql(), fetchSize,
                    st.params()).map(r -> model.blocking.loaded(meta.map(r), uow)));
        });
    }

    @Override
    public Multi<List<T>> iterateBatches(int batchSize) {
        QueryLogic.checkSize(batchSize, "batchSize");
        return iterate(batchSize).group().intoLists().of(batchSize);
    }

    @Override
    public Uni<Page<T>> page(int number, int size) {
        return run(queries().page(spec, number, size));
    }

    @Override
    public Uni<Integer> updateBulk(List<Assignment<T>> assignments) {
        return run(queries().updateBulk(spec, assignments));
    }

    @Override
    public Uni<Integer> updateBulk(Map<String, ?> values) {
        return updateBulk(values, false);
    }

    @Override
    public Uni<Integer> updateBulk(Map<String, ?> values, boolean withHooks) {
        return run(queries().updateBulk(spec, values, withHooks));
    }

    @Override
    public Uni<Integer> deleteBulk() {
        return run(queries().deleteBulk(spec));
    }

    @Override
    public Query<T> blocking() {
        return new BlockingQuery<>(model.blocking, spec);
    }
}
