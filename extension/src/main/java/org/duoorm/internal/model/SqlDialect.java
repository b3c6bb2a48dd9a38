package org.duoorm.internal.model;

import org.duoorm.Dialect;

/** What differs between databases in the SQL that models need: quoting, types, paging, generated keys. */
final class SqlDialect {
    private final Dialect dialect;

    SqlDialect(Dialect dialect) {
        this.dialect = dialect;
    }

    Dialect dialect() {
        return dialect;
    }

    boolean isMySqlFamily() {
        return dialect == Dialect.MARIADB || dialect == Dialect.MYSQL;
    }

    /**
     * Identifiers come only from metadata, and are always quoted so that reserved words work. They are
     * first folded to the case the database gives unquoted names (PostgreSQL lower, H2 upper), so that
     * raw SQL may name the same tables and columns without quotes.
     */
    String quote(String identifier) {
        return switch (dialect) {
            case MARIADB, MYSQL -> '`' + identifier.replace("`", "``") + '`';
            case POSTGRESQL -> '"' + identifier.toLowerCase(java.util.Locale.ROOT).replace("\"", "\"\"") + '"';
            case H2 -> '"' + identifier.toUpperCase(java.util.Locale.ROOT).replace("\"", "\"\"") + '"';
            default -> '"' + identifier.replace("\"", "\"\"") + '"';
        };
    }

    /** A name in a schema ({@code "s"."t"}), or the name alone when the schema is empty. */
    String quote(String schema, String name) {
        return schema.isEmpty() ? quote(name) : quote(schema) + "." + quote(name);
    }

    /** Whether the database has sequences: CREATE SEQUENCE and {@link #nextValue}. */
    boolean hasSequences() {
        return dialect == Dialect.POSTGRESQL || dialect == Dialect.H2 || dialect == Dialect.MARIADB;
    }

    /** The expression that draws a sequence's next value (a query's select list, or a column default). */
    String nextValue(String quotedSequence) {
        return switch (dialect) {
            // nextval takes the name as text; the name was quoted by quote(), and quotes in it are doubled here.
            case POSTGRESQL -> "nextval('" + quotedSequence.replace("'", "''") + "')";
            case MARIADB -> "NEXTVAL(" + quotedSequence + ")";
            default -> "NEXT VALUE FOR " + quotedSequence;
        };
    }

    /** The query that fetches one next value of a sequence (a {@link FieldMeta.Sequence#quoted()} name). */
    String nextValues(String quotedSequence) {
        return "SELECT " + nextValue(quotedSequence);
    }

    /** Appends the limit and offset clause; its parameters come from {@link #limitParams}. */
    void appendLimit(StringBuilder sql, boolean limit, boolean offset) {
        if (!limit && !offset) {
            return;
        }
        if (dialect == Dialect.H2) {
            sql.append(offset ? " OFFSET ? ROWS" : "").append(limit ? " FETCH FIRST ? ROWS ONLY" : "");
        } else if (limit) {
            sql.append(" LIMIT ?").append(offset ? " OFFSET ?" : "");
        } else {
            sql.append(offset && dialect == Dialect.POSTGRESQL ? " OFFSET ?" : noLimit() + " OFFSET ?");
        }
    }

    private String noLimit() {
        return dialect == Dialect.SQLITE ? " LIMIT -1" : " LIMIT 18446744073709551615";
    }

    void limitParams(java.util.List<Object> params, Integer limit, Long offset) {
        if (dialect == Dialect.H2) {
            if (offset != null) {
                params.add(offset);
            }
            if (limit != null) {
                params.add(limit);
            }
        } else {
            if (limit != null) {
                params.add(limit);
            }
            if (offset != null) {
                params.add(offset);
            }
        }
    }

    /** How an insert reads back generated keys and defaults. */
    enum Returning { RETURNING, FINAL_TABLE, LAST_INSERT_ID }

    Returning returning() {
        return switch (dialect) {
            case H2 -> Returning.FINAL_TABLE;
            case MYSQL -> Returning.LAST_INSERT_ID;
            default -> Returning.RETURNING;
        };
    }

    String insertDefaults(String quotedTable) {
        return isMySqlFamily() ? "INSERT INTO " + quotedTable + " () VALUES ()" : "INSERT INTO " + quotedTable + " DEFAULT VALUES";
    }

    String tableSuffix() {
        return isMySqlFamily() ? " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin" : "";
    }

    /** Whether ORDER BY takes NULLS FIRST / NULLS LAST (elsewhere NULLs sort as the smallest values). */
    boolean hasNullsOrdering() {
        return dialect == Dialect.POSTGRESQL || dialect == Dialect.H2;
    }

    /** Whether UUID values travel as text (no native UUID type in the column). */
    boolean uuidAsText() {
        return dialect != Dialect.POSTGRESQL && dialect != Dialect.H2;
    }

    /** Whether the database has a time-zone-aware timestamp type. */
    boolean hasTimestampWithZone() {
        return dialect == Dialect.POSTGRESQL || dialect == Dialect.H2;
    }

    String identity(String integerType) {
        return switch (dialect) {
            case MARIADB, MYSQL -> integerType + " NOT NULL AUTO_INCREMENT";
            case SQLITE -> "INTEGER PRIMARY KEY AUTOINCREMENT";
            default -> integerType + " GENERATED BY DEFAULT AS IDENTITY";
        };
    }

    /** The placeholder for a bound value of a column: JSON text needs a conversion on some databases. */
    String placeholder(FieldMeta.Details d) {
        if (!d.json()) {
            return "?";
        }
        return switch (dialect) {
            case POSTGRESQL -> "CAST(CAST(? AS TEXT) AS JSONB)";
            case H2 -> "? FORMAT JSON";
            default -> "?";
        };
    }

    /** The column type for a Java type (boxed), given the mapping details. */
    String type(Class<?> type, FieldMeta.Details d) {
        if (d.json()) {
            return switch (dialect) {
                case POSTGRESQL -> "JSONB";
                case SQLITE -> "TEXT";
                default -> "JSON";
            };
        }
        if (type.isArray() && type != byte[].class) {
            Class<?> component = type.getComponentType();
            return (component == String.class || component.isEnum() ? "TEXT" : simpleType(component, d)) + "[]";
        }
        if (type == String.class) {
            return d.lob() ? lobText() : "VARCHAR(" + d.length() + ")";
        }
        if (type.isEnum()) {
            return d.enumAsString() ? "VARCHAR(" + d.length() + ")" : "INTEGER";
        }
        String t = simpleType(type, d);
        if (t == null) {
            throw new IllegalStateException("no column type for " + type);
        }
        return t;
    }

    private String lobText() {
        return switch (dialect) {
            case MARIADB, MYSQL -> "LONGTEXT";
            case H2 -> "CHARACTER VARYING";
            default -> "TEXT";
        };
    }

    private String simpleType(Class<?> type, FieldMeta.Details d) {
        boolean my = isMySqlFamily();
        if (type == Integer.class) {
            return "INTEGER";
        } else if (type == Long.class) {
            return "BIGINT";
        } else if (type == Short.class) {
            return "SMALLINT";
        } else if (type == Byte.class) {
            return dialect == Dialect.POSTGRESQL ? "SMALLINT" : "TINYINT";
        } else if (type == Double.class) {
            return my ? "DOUBLE" : "DOUBLE PRECISION";
        } else if (type == Float.class) {
            return my ? "FLOAT" : "REAL";
        } else if (type == java.math.BigDecimal.class) {
            return "DECIMAL(" + d.precision() + "," + d.scale() + ")";
        } else if (type == java.math.BigInteger.class) {
            return "DECIMAL(38,0)";
        } else if (type == Boolean.class) {
            return "BOOLEAN";
        } else if (type == java.util.UUID.class) {
            return uuidAsText() ? (dialect == Dialect.SQLITE ? "TEXT" : "CHAR(36)") : "UUID";
        } else if (type == java.time.LocalDate.class) {
            return "DATE";
        } else if (type == java.time.LocalTime.class) {
            return my ? "TIME(6)" : "TIME";
        } else if (type == java.time.LocalDateTime.class) {
            return my ? "DATETIME(6)" : "TIMESTAMP";
        } else if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return hasTimestampWithZone() ? "TIMESTAMP WITH TIME ZONE" : my ? "DATETIME(6)" : "TEXT";
        } else if (type == byte[].class) {
            return switch (dialect) {
                case POSTGRESQL -> "BYTEA";
                case MARIADB, MYSQL -> "LONGBLOB";
                case H2 -> "BINARY VARYING";
                default -> "BLOB";
            };
        }
        return null;
    }

    /** The text at a JSON path; the keys are bound ({@link #jsonPathParams}). */
    String jsonPath(String column, int keys) {
        return switch (dialect) {
            case POSTGRESQL -> "jsonb_extract_path_text(" + column + ", ?" + ", ?".repeat(keys - 1) + ")";
            case MARIADB, MYSQL -> "JSON_UNQUOTE(JSON_EXTRACT(" + column + ", ?))";
            // H2 has no JSON path function; DuoORM's own is installed with the schema (H2JsonFunctions).
            case H2 -> H2JsonFunctions.NAME + "(" + column + ", ?)";
            default -> throw new org.duoorm.MappingException("JSON paths are not supported on " + dialect
                    + "; they work on PostgreSQL, MariaDB, MySQL and H2");
        };
    }

    void jsonPathParams(java.util.List<String> keys, java.util.List<Object> params) {
        if (dialect == Dialect.POSTGRESQL) {
            params.addAll(keys);
            return;
        }
        StringBuilder path = new StringBuilder("$");
        for (String k : keys) {
            if (!k.isEmpty() && k.chars().allMatch(Character::isDigit)) {
                path.append('[').append(k).append(']');
            } else {
                path.append(".\"").append(k.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        params.add(path.toString());
    }

    /** A JSON path rendered twice (NULL ordering emulation) binds its keys twice. */
    void jsonPathParamsAgain(org.duoorm.model.Column<?, ?> column, java.util.List<Object> params) {
        if (column instanceof org.duoorm.model.JsonColumn.Path<?> path) {
            jsonPathParams(path.keys(), params);
        }
    }

    /** Escape character for literal LIKE values; not a backslash, which MySQL treats specially in literals. */
    static final char LIKE_ESCAPE = '!';
}
