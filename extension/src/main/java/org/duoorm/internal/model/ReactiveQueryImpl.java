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
import org.duoorm.model.Order;
import org.duoorm.model.Page;
import org.duoorm.model.Query;
import org.duoorm.model.ReactiveQuery;

/** The reactive query: the same statements as {@link BlockingQuery}, through the reactive raw SQL API. */
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

    @Override
    public String sql() {
        return Renderer.select(meta, spec, false).sql();
    }

    @Override
    public List<Object> params() {
        return List.of(Renderer.select(meta, spec, false).params());
    }

    /** Renders at subscription, so that rendering errors arrive as failures of the Uni. */
    private Uni<List<Row>> rows(java.util.function.Supplier<Statement> statement) {
        return Uni.createFrom().item(statement).flatMap(st -> model.db().query(st.sql(), st.params()));
    }

    @Override
    public Uni<List<T>> all() {
        return rows(() -> Renderer.select(meta, spec, false)).map(r -> model.loaded(QueryLogic.map(meta, r)));
    }

    @Override
    public Uni<Optional<T>> first() {
        return rows(() -> Renderer.select(meta, spec.capLimit(1), false))
                .map(r -> r.isEmpty() ? Optional.<T>empty() : Optional.of(model.loaded(meta.map(r.get(0)))));
    }

    @Override
    public Uni<T> one() {
        return rows(() -> Renderer.select(meta, spec.capLimit(2), false)).map(r -> model.loaded(QueryLogic.one(meta, r)));
    }

    @Override
    public Uni<Long> count() {
        return count(spec);
    }

    private Uni<Long> count(QuerySpec<T> s) {
        return Uni.createFrom().item(() -> Renderer.count(meta, s))
                .flatMap(st -> model.db().queryValue(Long.class, st.sql(), st.params()))
                .map(v -> v.orElse(0L));
    }

    @Override
    public Uni<Boolean> exists() {
        return rows(() -> Renderer.exists(meta, spec)).map(r -> !r.isEmpty());
    }

    @Override
    public Multi<T> iterate() {
        return iterate(QueryLogic.DEFAULT_FETCH_SIZE);
    }

    @Override
    public Multi<T> iterate(int fetchSize) {
        return Multi.createFrom().deferred(() -> {
            QueryLogic.checkSize(fetchSize, "fetchSize");
            Statement st = Renderer.select(meta, spec, true);
            return model.db().stream(st.sql(), fetchSize, st.params()).map(r -> model.loaded(meta.map(r)));
        });
    }

    @Override
    public Multi<List<T>> iterateBatches(int batchSize) {
        return iterate(batchSize).group().intoLists().of(batchSize);
    }

    @Override
    public Uni<Page<T>> page(int number, int size) {
        return Uni.createFrom().item(() -> QueryLogic.page(spec, number, size))
                .flatMap(paged -> count(QueryLogic.unpaged(spec)).flatMap(total -> rows(() -> Renderer.select(meta, paged, true))
                        .map(r -> new Page<>(model.loaded(QueryLogic.map(meta, r)), total, number, size))));
    }

    @Override
    public Uni<Integer> updateBulk(List<Assignment<T>> assignments) {
        return Uni.createFrom().item(() -> {
            QueryLogic.checkAssignments(assignments);
            QueryLogic.checkBulk(meta, spec, "updateBulk");
            return Renderer.update(meta, spec, assignments);
        }).flatMap(st -> model.db().execute(st.sql(), st.params()));
    }

    @Override
    public Uni<Integer> updateBulk(Map<String, ?> values) {
        return Uni.createFrom().item(() -> QueryLogic.assignments(meta, values)).flatMap(this::updateBulk);
    }

    @Override
    public Uni<Integer> deleteBulk() {
        return Uni.createFrom().item(() -> {
            QueryLogic.checkBulk(meta, spec, "deleteBulk");
            return Renderer.delete(meta, spec);
        }).flatMap(st -> model.db().execute(st.sql(), st.params()));
    }

    @Override
    public Query<T> blocking() {
        return new BlockingQuery<>(model.blocking, spec);
    }
}
