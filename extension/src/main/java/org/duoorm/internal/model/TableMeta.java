package org.duoorm.internal.model;

import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import org.duoorm.MappingException;

/**
 * A model's table beyond its columns, from {@code @Table}: its schema, unique constraints and indexes.
 *
 * @param schema the schema, or empty for the connection's own
 * @param uniques the unique constraints ({@code uniqueConstraints})
 * @param indexes the indexes, unique or not
 */
record TableMeta(String schema, List<TableIndex> uniques, List<TableIndex> indexes) {
    /** Generated names fit the shortest identifier limit of the supported databases (PostgreSQL's 63 bytes). */
    static final int MAX_NAME = 63;

    /**
     * A unique constraint or an index.
     *
     * @param name as declared, or generated from the table and the columns
     */
    record TableIndex(String name, boolean unique, List<SortKey> columns) {
    }

    /** @throws MappingException for a name that is not a field or column of the model, or two of the same name */
    static TableMeta read(Class<?> type, String table, FieldMeta[] fields) {
        Table t = type.getAnnotation(Table.class);
        if (t == null) {
            return new TableMeta("", List.of(), List.of());
        }
        String where = type.getName();
        List<TableIndex> uniques = new ArrayList<>();
        for (UniqueConstraint u : t.uniqueConstraints()) {
            List<SortKey> columns = new ArrayList<>();
            for (String column : u.columnNames()) {
                columns.add(new SortKey(SortKey.field(fields, column.trim(), "@UniqueConstraint", where), false));
            }
            uniques.add(new TableIndex(name(u.name(), "uk", table, columns, "@UniqueConstraint", where), true,
                    nonEmpty(columns, "@UniqueConstraint", where)));
        }
        List<TableIndex> indexes = new ArrayList<>();
        for (Index i : t.indexes()) {
            List<SortKey> columns = nonEmpty(SortKey.parse(i.columnList(), fields, "@Index", where), "@Index", where);
            indexes.add(new TableIndex(name(i.name(), i.unique() ? "ux" : "ix", table, columns, "@Index", where), i.unique(),
                    columns));
        }
        distinctNames(uniques, indexes, where);
        return new TableMeta(t.schema(), List.copyOf(uniques), List.copyOf(indexes));
    }

    private static List<SortKey> nonEmpty(List<SortKey> columns, String what, String where) {
        if (columns.isEmpty()) {
            throw new MappingException(what + " on " + where + " names no column; name one or more fields or columns");
        }
        return List.copyOf(columns);
    }

    /** In PostgreSQL constraints and indexes share one namespace per schema, so their names must differ. */
    private static void distinctNames(List<TableIndex> uniques, List<TableIndex> indexes, String where) {
        Set<String> seen = new HashSet<>();
        List<TableIndex> all = new ArrayList<>(uniques);
        all.addAll(indexes);
        for (TableIndex i : all) {
            if (!seen.add(i.name().toLowerCase(Locale.ROOT))) {
                throw new MappingException("@Table on " + where + " declares two constraints or indexes named " + i.name()
                        + "; give them distinct names (@Index(name = ...), @UniqueConstraint(name = ...))");
            }
        }
    }

    /**
     * The given name, or {@code prefix_table_column[_desc]...}: the same on every run and database, shortened
     * with a hash of the whole when it would be too long.
     */
    static String name(String given, String prefix, String table, List<SortKey> columns, String what, String where) {
        if (!given.isEmpty()) {
            if (bytes(given) > MAX_NAME) {
                // PostgreSQL would cut it silently, MariaDB refuse it.
                throw new MappingException(what + "(name = \"" + given + "\") on " + where + ": the name is longer than "
                        + MAX_NAME + " bytes, which not every database takes; shorten it");
            }
            return given;
        }
        StringBuilder b = new StringBuilder(prefix).append('_').append(table);
        for (SortKey k : columns) {
            b.append('_').append(k.field().column).append(k.descending() ? "_desc" : "");
        }
        String full = b.toString().toLowerCase(Locale.ROOT);
        if (bytes(full) <= MAX_NAME) {
            return full;
        }
        CRC32 crc = new CRC32();
        crc.update(full.getBytes(StandardCharsets.UTF_8));
        String hash = String.format("_%08x", crc.getValue());
        String head = full;
        while (bytes(head) > MAX_NAME - hash.length()) {
            head = head.substring(0, head.length() - 1);
        }
        return head + hash;
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
