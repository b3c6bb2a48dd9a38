package org.duoorm.model;

import java.util.List;

/**
 * A JSON column; {@link #path(String...)} reaches into it for conditions and sorting:
 * {@code Doc_.attributes.path("address", "city").eq("Paris")}. JSON paths work on PostgreSQL, MariaDB
 * and MySQL (not on H2, which has no JSON path functions).
 *
 * @param <M> the model
 * @param <V> the field's type ({@code Map}, {@code List} or {@code String})
 */
public class JsonColumn<M, V> extends Column<M, V> {

    /** @param model not null @param field not null @param type not null */
    public JsonColumn(Class<M> model, String field, Class<V> type) {
        super(model, field, type);
    }

    /**
     * @param keys object keys (or array indexes as text) from the top, at least one, none null
     * @return the value at that path, as text (NULL when absent)
     */
    public final Path<M> path(String... keys) {
        if (keys == null || keys.length == 0) {
            throw new IllegalArgumentException("a JSON path needs at least one key");
        }
        return new Path<>(this, List.of(keys));
    }

    /**
     * The text at a path inside a JSON column; compared like any text column. Every key is sent as a
     * bind parameter.
     *
     * @param <M> the model
     */
    public static final class Path<M> extends StringColumn<M> {
        private final JsonColumn<M, ?> json;
        private final List<String> keys;

        Path(JsonColumn<M, ?> json, List<String> keys) {
            super(json.model(), json.field());
            this.json = json;
            this.keys = keys;
        }

        /** The JSON column. */
        public JsonColumn<M, ?> json() {
            return json;
        }

        /** The keys from the top. */
        public List<String> keys() {
            return keys;
        }

        @Override
        protected Object derivation() {
            return keys;
        }

        @Override
        public String toString() {
            return json + keys.toString();
        }
    }
}
