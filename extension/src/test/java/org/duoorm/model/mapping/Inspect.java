package org.duoorm.model.mapping;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.duoorm.Database;
import org.duoorm.Dialect;
import org.duoorm.internal.db.JdbcProbe;

/** Reads a created schema back through JDBC DatabaseMetaData, with names in lower case. */
final class Inspect {
    private Inspect() {
    }

    /** One column as the database reports it. */
    record ColumnInfo(String type, int size, boolean nullable) {
    }

    /** One index: its columns in order, descending ones as {@code "name DESC"}. */
    record IndexInfo(boolean unique, List<String> columns) {
    }

    /** A name as the database stores it (DuoORM folds quoted names as the database folds plain ones). */
    static String folded(Database db, String name) {
        return switch (db.dialect()) {
            case H2 -> name.toUpperCase(Locale.ROOT);
            case POSTGRESQL -> name.toLowerCase(Locale.ROOT);
            default -> name;
        };
    }

    static Map<String, ColumnInfo> columns(Database db, String schema, String table) {
        return JdbcProbe.metaData(db, m -> {
            Map<String, ColumnInfo> out = new LinkedHashMap<>();
            try (ResultSet rs = m.getColumns(catalog(db, m, schema), schema(db, schema), folded(db, table), null)) {
                while (rs.next()) {
                    out.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), new ColumnInfo(
                            rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT), rs.getInt("COLUMN_SIZE"),
                            rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
                }
            }
            return out;
        });
    }

    /** Indexes by lower-case name, primary key excluded. */
    static Map<String, IndexInfo> indexes(Database db, String schema, String table) {
        return JdbcProbe.metaData(db, m -> {
            Map<String, TreeMap<Integer, String>> columns = new LinkedHashMap<>();
            Map<String, Boolean> unique = new LinkedHashMap<>();
            try (ResultSet rs = m.getIndexInfo(catalog(db, m, schema), schema(db, schema), folded(db, table), false, false)) {
                while (rs.next()) {
                    String name = rs.getString("INDEX_NAME");
                    if (name == null || rs.getString("COLUMN_NAME") == null) {
                        continue;
                    }
                    name = name.toLowerCase(Locale.ROOT);
                    unique.put(name, !rs.getBoolean("NON_UNIQUE"));
                    String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT).replace("\"", "");
                    columns.computeIfAbsent(name, k -> new TreeMap<>()).put(rs.getInt("ORDINAL_POSITION"),
                            "D".equals(rs.getString("ASC_OR_DESC")) ? column + " DESC" : column);
                }
            }
            Map<String, IndexInfo> out = new LinkedHashMap<>();
            columns.forEach((name, cols) -> out.put(name, new IndexInfo(unique.get(name), new ArrayList<>(cols.values()))));
            out.keySet().removeIf(n -> n.equals("primary") || n.endsWith("_pkey") || n.startsWith("primary_key"));
            return out;
        });
    }

    /** Whether a table exists in a schema (null: the connection's own). */
    static boolean tableExists(Database db, String schema, String table) {
        return JdbcProbe.metaData(db, m -> {
            try (ResultSet rs = m.getTables(catalog(db, m, schema), schema(db, schema), folded(db, table), null)) {
                return rs.next();
            }
        });
    }

    /** The names of the unique constraints of a table (information_schema, the same on the three databases). */
    static List<String> uniqueConstraints(Database db, String schema, String table) {
        String in = schema != null ? folded(db, schema) : switch (db.dialect()) {
            case H2 -> "PUBLIC";
            case POSTGRESQL -> "public";
            default -> db.queryValue(String.class, "SELECT DATABASE()").orElseThrow();
        };
        List<String> out = new ArrayList<>();
        db.query("SELECT constraint_name FROM information_schema.table_constraints WHERE constraint_type = 'UNIQUE'"
                + " AND table_schema = ? AND table_name = ? ORDER BY constraint_name", in, folded(db, table))
                .forEach(r -> out.add(String.valueOf(r.get(0)).toLowerCase(Locale.ROOT)));
        return out;
    }

    private static String catalog(Database db, DatabaseMetaData m, String schema) throws SQLException {
        if (db.dialect() == Dialect.MARIADB || db.dialect() == Dialect.MYSQL) {
            return schema != null ? schema : m.getConnection().getCatalog();
        }
        return null;
    }

    private static String schema(Database db, String schema) {
        if (db.dialect() == Dialect.MARIADB || db.dialect() == Dialect.MYSQL) {
            return null;
        }
        return schema != null ? folded(db, schema) : db.dialect() == Dialect.H2 ? "PUBLIC" : "public";
    }
}
