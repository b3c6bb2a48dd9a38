package org.duoorm.internal.model;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.duoorm.Database;
import org.duoorm.model.Schema;

/** Creates and drops the tables of a database's models, in registration order (dropped in reverse). */
final class SchemaImpl implements Schema {
    private final Database db;
    private final List<BoundModel<?>> models;

    SchemaImpl(Database db, List<BoundModel<?>> models) {
        this.db = db;
        this.models = referencedFirst(models);
    }

    /** Registration order, except that a table comes after the tables its foreign keys reference. */
    private static List<BoundModel<?>> referencedFirst(List<BoundModel<?>> models) {
        List<BoundModel<?>> out = new ArrayList<>();
        java.util.Set<BoundModel<?>> visiting = new java.util.HashSet<>();
        for (BoundModel<?> m : models) {
            visit(m, models, out, visiting);
        }
        return out;
    }

    private static void visit(BoundModel<?> m, List<BoundModel<?>> models, List<BoundModel<?>> out,
            java.util.Set<BoundModel<?>> visiting) {
        if (out.contains(m) || !visiting.add(m)) {
            return;
        }
        for (Link link : Ddl.foreignKeys(m.meta)) {
            if (link.target != m && models.contains(link.target)) {
                visit(link.target, models, out, visiting);
            }
        }
        out.add(m);
    }

    @Override
    public List<String> createStatements() {
        List<String> out = new ArrayList<>(models.stream().map(m -> Ddl.createTable(m.meta)).toList());
        if (db.dialect() == org.duoorm.Dialect.H2 && models.stream().anyMatch(SchemaImpl::hasJson)) {
            out.add(H2JsonFunctions.CREATE);
        }
        return out;
    }

    private static boolean hasJson(BoundModel<?> model) {
        for (FieldMeta f : model.meta.fields) {
            if (f.details().json()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<String> dropStatements() {
        List<String> out = new ArrayList<>(models.stream().map(m -> Ddl.dropTable(m.meta)).toList());
        Collections.reverse(out);
        return out;
    }

    @Override
    public void create() {
        createStatements().forEach(db::execute);
    }

    @Override
    public void drop() {
        dropStatements().forEach(db::execute);
    }

    @Override
    public Reactive reactive() {
        return new Reactive() {
            @Override
            public Uni<Void> create() {
                return run(createStatements());
            }

            @Override
            public Uni<Void> drop() {
                return run(dropStatements());
            }
        };
    }

    private Uni<Void> run(List<String> statements) {
        return Multi.createFrom().iterable(statements)
                .onItem().transformToUniAndConcatenate(sql -> db.reactive().execute(sql))
                .collect().last().replaceWithVoid();
    }
}
