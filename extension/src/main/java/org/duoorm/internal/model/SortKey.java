package org.duoorm.internal.model;

import java.util.ArrayList;
import java.util.List;
import org.duoorm.MappingException;

/**
 * One key of an order over a model's columns, named in an annotation: a column of an {@code @Index}, or of a
 * collection's {@code @OrderBy}.
 *
 * @param field the model's field
 * @param descending whether the key sorts descending
 */
record SortKey(FieldMeta field, boolean descending) {

    /**
     * Reads {@code "a, b DESC"}: names of fields or columns (any case), each optionally followed by ASC or DESC.
     * Names only ever select metadata; the text itself never reaches SQL.
     *
     * @param what the annotation, for messages ({@code "@Index"})
     * @param where what carries it, for messages
     * @throws MappingException for anything else, or a name that is not a field or column of the model
     */
    static List<SortKey> parse(String list, FieldMeta[] fields, String what, String where) {
        List<SortKey> out = new ArrayList<>();
        for (String item : list.split(",", -1)) {
            String[] words = item.trim().split("\\s+");
            boolean direction = words.length == 2 && (words[1].equalsIgnoreCase("ASC") || words[1].equalsIgnoreCase("DESC"));
            if (words[0].isEmpty() && list.isBlank()) {
                break;
            }
            if (!(words.length == 1 || direction) || !words[0].matches("[\\p{L}_][\\p{L}\\p{N}_$]*")) {
                throw new MappingException(what + "(\"" + list + "\") on " + where + " is not a list of field or column "
                        + "names, each optionally followed by ASC or DESC (\"name, created_on DESC\")");
            }
            out.add(new SortKey(field(fields, words[0], what, where), direction && words[1].equalsIgnoreCase("DESC")));
        }
        return List.copyOf(out);
    }

    /**
     * A field named in an annotation, by field or column name in any case.
     *
     * @throws MappingException naming the model's fields when there is none
     */
    static FieldMeta field(FieldMeta[] fields, String name, String what, String where) {
        for (FieldMeta f : fields) {
            if (f.name.equalsIgnoreCase(name) || f.column.equalsIgnoreCase(name)) {
                return f;
            }
        }
        List<String> names = new ArrayList<>();
        for (FieldMeta f : fields) {
            names.add(f.name);
        }
        throw new MappingException(what + " on " + where + " names '" + name + "', which is not a field or column of the "
                + "model; its fields are " + names);
    }

    @Override
    public String toString() {
        return field.name + (descending ? " DESC" : " ASC");
    }

    /** The SQL of this key: its quoted column and direction. */
    String sql() {
        return field.quoted + (descending ? " DESC" : "");
    }
}
