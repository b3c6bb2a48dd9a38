package org.duoorm.benchmarks;

import java.util.Map;
import org.duoorm.Database;
import org.duoorm.DatabaseConfig;
import org.duoorm.EngineOptions;
import org.duoorm.model.ModelType;
import org.duoorm.model.Models;
import org.duoorm.model.ReactiveModelType;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A DuoORM {@link Database} (pools of {@link BenchConfig#POOL_SIZE}, as {@link DuoState}) with the
 * benchmark models registered, and their class-level handles (what a generated {@code Item_} holds).
 */
@State(Scope.Benchmark)
public class ModelState {
    Database db;
    ModelType<Item> items;
    ReactiveModelType<Item> reactiveItems;
    ModelType<NewItem> newItems;
    ReactiveModelType<NewItem> reactiveNewItems;
    ModelType<UpdItem> updItems;
    ReactiveModelType<UpdItem> reactiveUpdItems;

    @Setup(Level.Trial)
    public void open() {
        Schema.prepare();
        db = Database.create(DatabaseConfig.url(BenchConfig.url())
                .engineOptions(Map.of(EngineOptions.MAX_SIZE, BenchConfig.POOL_SIZE))
                .build());
        db.connect();
        Models.register(db, Item.class, NewItem.class, UpdItem.class);
        items = Models.of(db, Item.class);
        reactiveItems = items.reactive();
        newItems = Models.of(db, NewItem.class);
        reactiveNewItems = newItems.reactive();
        updItems = Models.of(db, UpdItem.class);
        reactiveUpdItems = updItems.reactive();
    }

    @TearDown(Level.Trial)
    public void close() {
        db.close();
    }
}
