package org.duoorm.internal.model;

import java.util.ArrayList;
import java.util.List;
import org.duoorm.Dialect;

/** CREATE and DROP statements from metadata, with the dialect's types. */
final class Ddl {
    private Ddl() {
    }

    static String createTable(ModelMeta<?> meta) {
        SqlDialect d = meta.dialect;
        StringBuilder sql = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(meta.quotedTable).append(" (");
        boolean inlineKey = false;
        String sep = "";
        for (FieldMeta f : meta.fields) {
            sql.append(sep).append(f.quoted).append(' ');
            sep = ", ";
            if (!f.details().columnDefinition().isEmpty()) {
                sql.append(f.details().columnDefinition());
                continue;
            }
            if (f.id && f.generated && f.type != java.util.UUID.class) {
                String integer = f.type == Integer.class ? "INTEGER" : "BIGINT";
                sql.append(d.identity(integer));
                inlineKey = d.dialect() == Dialect.SQLITE;
                continue;
            }
            sql.append(d.type(f.type, f.details()));
            if (!f.nullable()) {
                sql.append(" NOT NULL");
            }
            if (f.details().unique() && !f.id) {
                sql.append(" UNIQUE");
            }
        }
        if (!inlineKey) {
            sql.append(", PRIMARY KEY (").append(meta.id.quoted).append(')');
        }
        for (Link link : foreignKeys(meta)) {
            sql.append(", FOREIGN KEY (").append(link.ownerKey.quoted).append(") REFERENCES ")
                    .append(link.targetMeta().quotedTable).append(" (").append(link.targetKey.quoted).append(')');
        }
        return sql.append(')').append(d.tableSuffix()).toString();
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
