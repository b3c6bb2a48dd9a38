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
        this.models = models;
    }

    @Override
    public List<String> createStatements() {
        return models.stream().map(m -> Ddl.createTable(m.meta)).toList();
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
