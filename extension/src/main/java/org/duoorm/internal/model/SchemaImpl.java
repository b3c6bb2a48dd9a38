package org.duoorm.internal.model;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.duoorm.Database;
import org.duoorm.model.Schema;

/**
 * Creates and drops the tables of a database's models, in registration order (dropped in reverse): first the
 * schemas and sequences they need, then the tables, then their indexes; dropping leaves the schemas and drops the
 * sequences last.
 */
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

    private List<ModelMeta<?>> metas() {
        List<ModelMeta<?>> out = new ArrayList<>(models.size());
        for (BoundModel<?> m : models) {
            out.add(m.meta);
        }
        return out;
    }

    @Override
    public List<String> createStatements() {
        List<ModelMeta<?>> metas = metas();
        List<String> out = new ArrayList<>(Ddl.createSchemas(metas));
        out.addAll(Ddl.createSequences(metas));
        for (ModelMeta<?> meta : metas) {
            out.add(Ddl.createTable(meta));
        }
        for (ModelMeta<?> meta : metas) {
            out.addAll(Ddl.createIndexes(meta));
        }
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
        List<ModelMeta<?>> metas = metas();
        List<String> drops = new ArrayList<>(models.stream().map(m -> Ddl.dropTable(m.meta)).toList());
        Collections.reverse(drops);
        // H2 fails DROP ... IF EXISTS in a schema that does not exist, where PostgreSQL and MariaDB skip it.
        List<String> out = new ArrayList<>(db.dialect() == org.duoorm.Dialect.H2 ? Ddl.createSchemas(metas) : List.of());
        out.addAll(drops);
        out.addAll(Ddl.dropSequences(metas));
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
