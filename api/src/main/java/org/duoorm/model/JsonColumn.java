package org.duoorm.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A JSON column; {@link #path(String...)} and {@link #at(int)} reach into it for conditions and sorting:
 * {@code Doc_.attributes.path("address", "city").eq("Paris")},
 * {@code Doc_.attributes.path("tags").at(0).eq("new")}, {@code Doc_.items.at(0).key("sku").asc()}.
 * A key is always an object key, "0" too; an array element is reached only with {@link Path#at(int)}.
 * JSON paths work on PostgreSQL, MariaDB, MySQL and H2 (through a function the schema installs).
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
     * @param keys object keys from the top, at least one, none null; a key made of digits is still a key
     * @return the text at that path (NULL when absent)
     */
    public final Path<M> path(String... keys) {
        if (keys == null || keys.length == 0) {
            throw new org.duoorm.InvalidArgumentException("a JSON path needs at least one key");
        }
        return new Path<>(this, List.of()).path(keys);
    }

    /**
     * @param index the index of an element of the top-level array, 0 or more
     * @return the text of that element (NULL when the value is no array or has no such element)
     */
    public final Path<M> at(int index) {
        return new Path<>(this, List.of()).at(index);
    }

    /**
     * The text at a path inside a JSON column; compared and sorted like any text column. Each step is an
     * object key (a {@code String}) or an array index (an {@code Integer}); every step is sent as a bind
     * parameter. A step that does not apply (a key on an array, an index on an object, a missing key or
     * index) makes the path NULL, as does a JSON null. A string comes back without its quotes, a number
     * or boolean as its text, an object or array as JSON text.
     *
     * @param <M> the model
     */
    public static final class Path<M> extends StringColumn<M> {
        private final JsonColumn<M, ?> json;
        private final List<Object> steps;

        Path(JsonColumn<M, ?> json, List<Object> steps) {
            super(json.model(), json.field());
            this.json = json;
            this.steps = steps;
        }

        /** @param key an object key, not null @return this path followed by that key */
        public Path<M> key(String key) {
            return then(Columns.notNull(key, "a JSON key"));
        }

        /** @param keys object keys, none null @return this path followed by those keys */
        public Path<M> path(String... keys) {
            Path<M> p = this;
            for (String k : Columns.notNull(keys, "keys")) {
                p = p.key(k);
            }
            return p;
        }

        /** @param index an array index, 0 or more @return this path followed by that element */
        public Path<M> at(int index) {
            if (index < 0) {
                throw new org.duoorm.InvalidArgumentException("a JSON array index is 0 or more, not " + index);
            }
            return then(index);
        }

        private Path<M> then(Object step) {
            List<Object> next = new ArrayList<>(steps);
            next.add(step);
            return new Path<>(json, Collections.unmodifiableList(next));
        }

        /** The JSON column. */
        public JsonColumn<M, ?> json() {
            return json;
        }

        /** The steps from the top: a {@code String} for an object key, an {@code Integer} for an array index. */
        public List<Object> steps() {
            return steps;
        }

        @Override
        protected Object derivation() {
            return steps;
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(json.toString());
            for (Object step : steps) {
                s.append(step instanceof String ? "." + '"' + step + '"' : "[" + step + "]");
            }
            return s.toString();
        }
    }
}
