package org.duoorm.model.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duoorm.ConstraintViolationException;
import org.duoorm.Database;
import org.duoorm.model.Everywhere;
import org.duoorm.model.Model;
import org.duoorm.model.ModelTesting;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.model.Models;
import org.duoorm.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Unique columns, unique constraints, indexes, NOT NULL and lengths from the annotations, created by
 * {@code Models.schema(db).create()} and read back from the real database, and enforced by it.
 */
@SuppressWarnings("try")
class MappingAnnotationsConstraintsTest {

    /** Only the default group makes a column NOT NULL: a constraint of another group may be skipped. */
    public interface Draft {
    }

    @Table(name = "mp_account",
            uniqueConstraints = {@UniqueConstraint(columnNames = {"tenant", "HANDLE"}),
                    @UniqueConstraint(name = "mp_account_email_uk", columnNames = "email")},
            indexes = {@Index(columnList = "tenant, created_on DESC"),
                    @Index(name = "mp_account_code_ix", columnList = "code", unique = true)})
    public static class Account extends Model<Account> {
        @Id
        @GeneratedValue
        public Long id;
        @Column(nullable = false)
        public String tenant;
        @NotNull
        public String handle;
        @NotBlank
        public String email;
        @Column(unique = true, length = 30)
        public String nick;
        @Size(max = 40)
        public String code;
        @NotEmpty
        @Size(min = 1, max = 12)
        public String label;
        @Basic(optional = false)
        public String title;
        @NotNull(groups = Draft.class)
        public String draft;
        @Column(length = 50)
        @Size(max = 20)
        public String shortened;
        public LocalDate createdOn;
        public int score;
        @Version
        public Long version;
        public String note;
    }

    @Table(name = "mp_a_table_whose_name_is_long_enough_to_need_shortening",
            uniqueConstraints = @UniqueConstraint(columnNames = {"first_rather_long_column_name", "second_rather_long_column_name"}),
            indexes = @Index(columnList = "second_rather_long_column_name DESC, first_rather_long_column_name"))
    public static class LongNames {
        @Id
        public Long id;
        public String firstRatherLongColumnName;
        public String secondRatherLongColumnName;
    }

    @Table(name = "mp_unknown_unique", uniqueConstraints = @UniqueConstraint(columnNames = {"name", "nope"}))
    public static class UnknownUnique {
        @Id
        public Long id;
        public String name;
    }

    @Table(name = "mp_unknown_index", indexes = @Index(columnList = "name, bogus DESC"))
    public static class UnknownIndex {
        @Id
        public Long id;
        public String name;
    }

    @Table(name = "mp_expression_index", indexes = @Index(columnList = "lower(name)"))
    public static class ExpressionIndex {
        @Id
        public Long id;
        public String name;
    }

    @Table(name = "mp_empty_index", indexes = @Index(columnList = " "))
    public static class EmptyIndex {
        @Id
        public Long id;
    }

    @Table(name = "mp_twice_named", indexes = {@Index(columnList = "name"), @Index(columnList = "name")})
    public static class TwiceNamed {
        @Id
        public Long id;
        public String name;
    }

    private static Database open(TestDatabases.Target target) {
        return ModelTesting.open(target, Account.class);
    }

    private static Map<String, Object> account(String tenant, String handle, String email) {
        Map<String, Object> m = new HashMap<>(Map.of("tenant", tenant, "handle", handle, "email", email, "label", "l",
                "title", "t"));
        m.put("code", tenant + "-" + handle + "-code");
        m.put("nick", tenant + "-" + handle + "-nick");
        return m;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void notNullAndLengthsInTheCreatedTable(TestDatabases.Target target) {
        try (Database db = open(target)) {
            Map<String, Inspect.ColumnInfo> columns = Inspect.columns(db, null, "mp_account");
            for (String required : List.of("id", "tenant", "handle", "email", "label", "title", "score", "version")) {
                assertFalse(columns.get(required).nullable(), required + " is NOT NULL: " + columns);
            }
            for (String optional : List.of("nick", "code", "draft", "shortened", "created_on", "note")) {
                assertTrue(columns.get(optional).nullable(), optional + " is nullable: " + columns);
            }
            assertEquals(40, columns.get("code").size(), "@Size(max) without @Column(length)");
            assertEquals(12, columns.get("label").size());
            assertEquals(50, columns.get("shortened").size(), "an explicit @Column(length) wins");
            assertEquals(30, columns.get("nick").size());
            assertEquals(255, columns.get("note").size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void uniqueConstraintsAndIndexesInTheCreatedTable(TestDatabases.Target target) {
        try (Database db = open(target)) {
            List<String> uniques = Inspect.uniqueConstraints(db, null, "mp_account");
            assertTrue(uniques.contains("uk_mp_account_tenant_handle"), uniques.toString());
            assertTrue(uniques.contains("mp_account_email_uk"), uniques.toString());
            Map<String, Inspect.IndexInfo> indexes = Inspect.indexes(db, null, "mp_account");
            assertEquals(new Inspect.IndexInfo(false, List.of("tenant", "created_on DESC")),
                    indexes.get("ix_mp_account_tenant_created_on_desc"), indexes.toString());
            assertEquals(new Inspect.IndexInfo(true, List.of("code")), indexes.get("mp_account_code_ix"), indexes.toString());
            assertTrue(indexes.values().contains(new Inspect.IndexInfo(true, List.of("nick"))), "@Column(unique): " + indexes);
            Models.schema(db).create(); // every statement may run again
        }
    }

    @Everywhere
    void theDatabaseRefusesDuplicatesAndNulls(TestDatabases.Target target, Way way) {
        try (Database db = open(target)) {
            way.call(() -> MappingAnnotationsConstraintsTest_Account_.create(account("acme", "ada", "ada@acme")),
                    () -> MappingAnnotationsConstraintsTest_Account_.reactive().create(account("acme", "ada", "ada@acme")));
            for (Map<String, Object> clash : List.of(account("acme", "ada", "other@acme"), account("acme", "ada2", "ada@acme"),
                    with(account("acme", "ada3", "ada3@acme"), "nick", "acme-ada-nick"),
                    with(account("acme", "ada4", "ada4@acme"), "code", "acme-ada-code"),
                    with(account("acme", "ada5", "ada5@acme"), "tenant", null))) {
                assertThrows(ConstraintViolationException.class,
                        () -> way.call(() -> MappingAnnotationsConstraintsTest_Account_.create(clash),
                                () -> MappingAnnotationsConstraintsTest_Account_.reactive().create(clash)), clash.toString());
            }
            way.call(() -> MappingAnnotationsConstraintsTest_Account_.create(account("other", "ada", "ada@other")),
                    () -> MappingAnnotationsConstraintsTest_Account_.reactive().create(account("other", "ada", "ada@other")));
            assertEquals(2L, MappingAnnotationsConstraintsTest_Account_.count());
        }
    }

    private static Map<String, Object> with(Map<String, Object> m, String key, Object value) {
        m.put(key, value);
        return m;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void generatedNamesAreStableAndWithinEveryLimit(TestDatabases.Target target) {
        try (Database db = ModelTesting.open(target, LongNames.class)) {
            List<String> ddl = Models.schema(db).createStatements();
            try (Database again = Mapping.unconnected(target, LongNames.class)) {
                assertEquals(ddl, Models.schema(again).createStatements(), "the same names every time");
            }
            List<String> names = new java.util.ArrayList<>(Inspect.uniqueConstraints(db, null, LongNames.class
                    .getAnnotation(Table.class).name()));
            names.addAll(Inspect.indexes(db, null, LongNames.class.getAnnotation(Table.class).name()).keySet());
            assertTrue(names.stream().anyMatch(n -> n.startsWith("uk_mp_a_table")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.startsWith("ix_mp_a_table")), names.toString());
            for (String n : names) {
                // H2 names the index behind a constraint itself (the constraint's name and a suffix)
                assertTrue(n.length() <= 63 || db.dialect() == org.duoorm.Dialect.H2 && n.contains("_index_"), n);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void namesAreCheckedAgainstTheMetadata(TestDatabases.Target target) {
        Mapping.assertRefused(target, UnknownUnique.class, List.of("@UniqueConstraint", "'nope'", "[id, name]"));
        Mapping.assertRefused(target, UnknownIndex.class, List.of("@Index", "'bogus'", "[id, name]"));
        Mapping.assertRefused(target, ExpressionIndex.class, List.of("@Index", "lower(name)", "column names"));
        Mapping.assertRefused(target, EmptyIndex.class, List.of("@Index", "column"));
        Mapping.assertRefused(target, TwiceNamed.class, List.of("ix_mp_twice_named_name", "name"));
    }
}
