package org.duoorm.internal.model;

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
        return sql.append(')').append(d.tableSuffix()).toString();
    }

    static String dropTable(ModelMeta<?> meta) {
        return "DROP TABLE IF EXISTS " + meta.quotedTable;
    }
}
