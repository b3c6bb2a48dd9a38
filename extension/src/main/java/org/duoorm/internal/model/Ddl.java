package org.duoorm.internal.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.duoorm.Dialect;
import org.duoorm.MappingException;

/**
 * CREATE and DROP statements from metadata, with the dialect's types: schemas, sequences, tables with their
 * keys and unique constraints, and indexes. Every statement may run again ({@code IF NOT EXISTS}, {@code IF EXISTS}).
 */
final class Ddl {
    private Ddl() {
    }

    /** The schemas of the tables and sequences, each once; dropping leaves them, as other objects may live there. */
    static List<String> createSchemas(List<ModelMeta<?>> metas) {
        Set<String> out = new LinkedHashSet<>();
        for (ModelMeta<?> meta : metas) {
            schema(out, meta.dialect, meta.tableMeta.schema());
            for (FieldMeta.Sequence s : sequences(meta)) {
                schema(out, meta.dialect, s.schema());
            }
        }
        return List.copyOf(out);
    }

    private static void schema(Set<String> out, SqlDialect d, String schema) {
        if (!schema.isEmpty()) {
            out.add("CREATE SCHEMA IF NOT EXISTS " + d.quote(schema));
        }
    }

    /**
     * One CREATE SEQUENCE per sequence, before the tables whose keys draw from it.
     *
     * @throws MappingException when two keys define one sequence differently
     */
    static List<String> createSequences(List<ModelMeta<?>> metas) {
        List<String> out = new ArrayList<>();
        for (FieldMeta.Sequence s : distinctSequences(metas).values()) {
            out.add("CREATE SEQUENCE IF NOT EXISTS " + s.quoted() + " START WITH " + s.initialValue() + " INCREMENT BY "
                    + s.allocationSize() + (s.initialValue() < 1 ? " MINVALUE " + s.initialValue() : ""));
        }
        return out;
    }

    /** The sequences, after the tables. */
    static List<String> dropSequences(List<ModelMeta<?>> metas) {
        List<String> out = new ArrayList<>();
        for (FieldMeta.Sequence s : distinctSequences(metas).values()) {
            out.add("DROP SEQUENCE IF EXISTS " + s.quoted());
        }
        return out;
    }

    private static Map<String, FieldMeta.Sequence> distinctSequences(List<ModelMeta<?>> metas) {
        Map<String, FieldMeta.Sequence> out = new LinkedHashMap<>();
        for (ModelMeta<?> meta : metas) {
            for (FieldMeta.Sequence s : sequences(meta)) {
                FieldMeta.Sequence other = out.putIfAbsent(s.quoted().toLowerCase(Locale.ROOT), s);
                if (other != null && !other.equals(s)) {
                    throw new MappingException("Sequence " + s.quoted() + " is defined twice, differently: " + other + " and "
                            + s + " (" + meta.type.getName() + "); give both @SequenceGenerators the same initialValue "
                            + "and allocationSize, or name different sequences");
                }
            }
        }
        return out;
    }

    private static List<FieldMeta.Sequence> sequences(ModelMeta<?> meta) {
        List<FieldMeta.Sequence> out = new ArrayList<>();
        for (FieldMeta f : meta.fields) {
            if (f.sequence != null) {
                out.add(f.sequence);
            }
        }
        return out;
    }

    static String createTable(ModelMeta<?> meta) {
        SqlDialect d = meta.dialect;
        StringBuilder sql = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(meta.quotedTable).append(" (");
        boolean inlineKey = false;
        String sep = "";
        for (FieldMeta f : meta.fields) {
            sql.append(sep).append(f.quoted).append(' ');
            sep = ", ";
            if (f.details().columnDefinition().isEmpty() && f.id && f.generated && f.sequence == null
                    && f.type != java.util.UUID.class) {
                sql.append(d.identity(f.type == Integer.class ? "INTEGER" : "BIGINT"));
                inlineKey = d.dialect() == Dialect.SQLITE;
            } else {
                column(sql, d, f);
            }
        }
        if (!inlineKey) {
            sql.append(", PRIMARY KEY (").append(meta.id.quoted).append(')');
        }
        for (TableMeta.TableIndex u : meta.tableMeta.uniques()) {
            sql.append(", CONSTRAINT ").append(d.quote(u.name())).append(" UNIQUE ").append(columns(u));
        }
        for (Link link : foreignKeys(meta)) {
            sql.append(", FOREIGN KEY (").append(link.ownerKey.quoted).append(") REFERENCES ")
                    .append(link.targetMeta().quotedTable).append(" (").append(link.targetKey.quoted).append(')');
        }
        return sql.append(')').append(d.tableSuffix()).toString();
    }

    /** A column's type (or its columnDefinition), default, NOT NULL and UNIQUE. */
    private static void column(StringBuilder sql, SqlDialect d, FieldMeta f) {
        String definition = f.details().columnDefinition();
        sql.append(definition.isEmpty() ? d.type(f.columnType(), f.details()) : definition);
        if (f.sequence != null && definition.isEmpty()) {
            // Rows inserted without a key (by SQL of other tools too) draw one; every draw takes a whole block.
            sql.append(" DEFAULT ").append(d.nextValue(f.sequence.quoted()));
        }
        if (!f.nullable() && !definition.toUpperCase(Locale.ROOT).contains("NOT NULL")) {
            sql.append(" NOT NULL");
        }
        if (f.details().unique() && !f.id) {
            sql.append(" UNIQUE");
        }
    }

    /** The CREATE INDEX statements of a table, after every table. */
    static List<String> createIndexes(ModelMeta<?> meta) {
        List<String> out = new ArrayList<>();
        for (TableMeta.TableIndex i : meta.tableMeta.indexes()) {
            out.add("CREATE " + (i.unique() ? "UNIQUE " : "") + "INDEX IF NOT EXISTS " + indexName(meta, i.name()) + " ON "
                    + meta.quotedTable + " " + columns(i));
        }
        return out;
    }

    /** PostgreSQL and MariaDB create an index in its table's schema and take no schema in its name; H2 needs it. */
    private static String indexName(ModelMeta<?> meta, String name) {
        return meta.dialect.dialect() == Dialect.H2 ? meta.dialect.quote(meta.tableMeta.schema(), name) : meta.dialect.quote(name);
    }

    private static String columns(TableMeta.TableIndex index) {
        StringBuilder out = new StringBuilder("(");
        for (SortKey k : index.columns()) {
            out.append(out.length() == 1 ? "" : ", ").append(k.sql());
        }
        return out.append(')').toString();
    }

    /**
     * The owning relationships whose foreign key column is mapped by a field. One without such a field
     * cannot be loaded either, and says so when used.
     */
    static List<Link> foreignKeys(ModelMeta<?> meta) {
        List<Link> out = new ArrayList<>();
        for (RelationMeta r : meta.relations) {
            if (r.owning() && meta.fieldByColumn(r.joinColumn()) != null) {
                out.add(meta.link(r.field()));
            }
        }
        return out;
    }

    static String dropTable(ModelMeta<?> meta) {
        return "DROP TABLE IF EXISTS " + meta.quotedTable;
    }
}
