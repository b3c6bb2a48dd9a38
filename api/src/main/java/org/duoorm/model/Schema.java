package org.duoorm.model;

import io.smallrye.common.annotation.CheckReturnValue;
import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * The tables of the models registered with one database, created and dropped from their metadata with
 * the dialect's types. Meant for tests, samples and quick starts, not for migrations.
 */
public interface Schema {
    /** The DDL statements {@link #create()} runs, in order. */
    List<String> createStatements();

    /** The DDL statements {@link #drop()} runs, in order. */
    List<String> dropStatements();

    /** Creates every table that does not exist yet. */
    void create();

    /** Drops every table that exists. */
    void drop();

    /** @return the same operations, reactive */
    Reactive reactive();

    /** The reactive twin of {@link Schema}. */
    interface Reactive {
        /** @return completion once every table exists */
        @CheckReturnValue
        Uni<Void> create();

        /** @return completion once every table is dropped */
        @CheckReturnValue
        Uni<Void> drop();
    }
}
