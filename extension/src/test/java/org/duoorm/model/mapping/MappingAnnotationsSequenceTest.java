package org.duoorm.model.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.duoorm.Database;
import org.duoorm.DatabaseConfig;
import org.duoorm.Dialect;
import org.duoorm.internal.model.MappingProbe;
import org.duoorm.model.Everywhere;
import org.duoorm.model.Model;
import org.duoorm.model.ModelTesting;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.model.Models;
import org.duoorm.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @GeneratedValue(strategy = SEQUENCE)} with its {@code @SequenceGenerator}: the sequence in the metadata,
 * created before the tables and dropped after them, and the query that fetches one value; UUID keys generated in
 * Java; TABLE and what cannot apply refused.
 */
@SuppressWarnings("try")
class MappingAnnotationsSequenceTest {

    @MappedSuperclass
    @SequenceGenerator(name = "tickets", sequenceName = "mp_ticket_ids", initialValue = 100, allocationSize = 10)
    public abstract static class Numbered<T extends Model<T>> extends Model<T> {
    }

    @Table(name = "mp_ticket")
    public static class Ticket extends Numbered<Ticket> {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tickets")
        public Long id;
        public String title;
    }

    @Table(name = "mp_voucher")
    public static class Voucher extends Model<Voucher> {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE)
        public Long id;
        public String code;
    }

    @Table(name = "mp_stub")
    public static class Stub extends Model<Stub> {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stubs")
        @SequenceGenerator(name = "stubs", schema = MappingAnnotationsSchemaTest.SCHEMA, allocationSize = 1)
        public Integer id;
        public String note;
    }

    @Table(name = "mp_token")
    public static class Token extends Model<Token> {
        @Id
        @GeneratedValue(strategy = GenerationType.UUID)
        public UUID id;
        public String value;
    }

    @Table(name = "mp_identity")
    public static class Identity extends Model<Identity> {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        public Long id;
    }

    @Table(name = "mp_missing_generator")
    public static class MissingGenerator {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "nowhere")
        public Long id;
    }

    @Table(name = "mp_generator_without_sequence")
    public static class GeneratorWithoutSequence {
        @Id
        @GeneratedValue(generator = "g")
        @SequenceGenerator(name = "g")
        public Long id;
    }

    @Table(name = "mp_uuid_on_long")
    public static class UuidOnLong {
        @Id
        @GeneratedValue(strategy = GenerationType.UUID)
        public Long id;
    }

    @Table(name = "mp_sequence_on_uuid")
    public static class SequenceOnUuid {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE)
        public UUID id;
    }

    @Table(name = "mp_catalogued")
    public static class Catalogued {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "c")
        @SequenceGenerator(name = "c", catalog = "other")
        public Long id;
    }

    @Table(name = "mp_zero_allocation")
    public static class ZeroAllocation {
        @Id
        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "z")
        @SequenceGenerator(name = "z", allocationSize = 0)
        public Long id;
    }

    private static String quoted(Database db, String name) {
        String folded = Inspect.folded(db, name);
        return db.dialect() == Dialect.MARIADB ? "`" + folded + "`" : "\"" + folded + "\"";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void theMetadataKeepsTheSequence(TestDatabases.Target target) {
        try (Database db = Mapping.unconnected(target, Ticket.class, Voucher.class, Stub.class, Token.class, Identity.class)) {
            assertEquals(List.of(quoted(db, "mp_ticket_ids"), 100L, 10), MappingProbe.sequence(db, Ticket.class),
                    "found on the @MappedSuperclass");
            assertEquals(List.of(quoted(db, "mp_voucher_seq"), 1L, 50), MappingProbe.sequence(db, Voucher.class),
                    "no generator: <table>_seq, from 1 by 50");
            assertEquals(List.of(quoted(db, MappingAnnotationsSchemaTest.SCHEMA) + "." + quoted(db, "stubs"), 1L, 1),
                    MappingProbe.sequence(db, Stub.class), "no sequenceName: the generator's name");
            assertNull(MappingProbe.sequence(db, Token.class));
            assertNull(MappingProbe.sequence(db, Identity.class));
            List<String> create = Models.schema(db).createStatements();
            String ticketSequence = "CREATE SEQUENCE IF NOT EXISTS " + quoted(db, "mp_ticket_ids") + " START WITH 100 INCREMENT BY 10";
            assertTrue(create.contains(ticketSequence), create.toString());
            assertTrue(create.indexOf(ticketSequence) < indexOf(create, "CREATE TABLE"), "sequences first: " + create);
            List<String> drop = Models.schema(db).dropStatements();
            assertEquals("DROP SEQUENCE IF EXISTS " + quoted(db, "mp_ticket_ids"), drop.get(drop.size() - 3), drop.toString());
            assertTrue(drop.indexOf("DROP SEQUENCE IF EXISTS " + quoted(db, "mp_voucher_seq")) > indexOf(drop, "DROP TABLE"));
        }
    }

    private static int indexOf(List<String> statements, String start) {
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void oneQueryFetchesOneValueWhichStandsForABlock(TestDatabases.Target target) {
        try (Database db = ModelTesting.open(target, Ticket.class, Voucher.class, Stub.class)) {
            String next = MappingProbe.nextValueSql(db, Ticket.class);
            assertEquals(100L, db.queryValue(Long.class, next).orElseThrow());
            assertEquals(110L, db.queryValue(Long.class, next).orElseThrow(), "INCREMENT BY allocationSize");
            assertEquals(1L, db.queryValue(Long.class, MappingProbe.nextValueSql(db, Stub.class)).orElseThrow(),
                    "in its schema");
            Models.schema(db).drop();
            Models.schema(db).create();
            assertEquals(100L, db.queryValue(Long.class, next).orElseThrow(), "dropped and created afresh");
        }
    }

    @Everywhere
    void insertsGetDistinctKeysFromTheSequence(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Ticket.class, Token.class)) {
            Ticket a = way.call(() -> MappingAnnotationsSequenceTest_Ticket_.create(Map.of("title", "a")),
                    () -> MappingAnnotationsSequenceTest_Ticket_.reactive().create(Map.of("title", "a")));
            Ticket b = way.call(() -> MappingAnnotationsSequenceTest_Ticket_.create(Map.of("title", "b")),
                    () -> MappingAnnotationsSequenceTest_Ticket_.reactive().create(Map.of("title", "b")));
            assertTrue(a.id >= 100 && b.id >= 100, a.id + ", " + b.id);
            assertNotEquals(a.id, b.id);
            Token t = way.call(() -> MappingAnnotationsSequenceTest_Token_.create(Map.of("value", "v")),
                    () -> MappingAnnotationsSequenceTest_Token_.reactive().create(Map.of("value", "v")));
            assertNotNull(t.id, "GenerationType.UUID: a random UUID made in Java");
            assertEquals("v", MappingAnnotationsSequenceTest_Token_.get(t.id).orElseThrow().value);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void whatCannotBeHonouredIsRefused(TestDatabases.Target target) {
        Mapping.assertRefused(target, MissingGenerator.class, List.of("generator = \"nowhere\"", "MissingGenerator.id",
                "@SequenceGenerator(name = \"nowhere\")"));
        Mapping.assertRefused(target, GeneratorWithoutSequence.class, List.of("generator = \"g\"", "strategy = SEQUENCE"));
        Mapping.assertRefused(target, UuidOnLong.class, List.of("strategy = UUID", "UuidOnLong.id", "java.util.UUID"));
        Mapping.assertRefused(target, SequenceOnUuid.class, List.of("strategy = SEQUENCE", "SequenceOnUuid.id", "Long or Integer"));
        Mapping.assertRefused(target, Catalogued.class, List.of("@SequenceGenerator(catalog = \"other\")", "Catalogued.id",
                "schema"));
        Mapping.assertRefused(target, ZeroAllocation.class, List.of("allocationSize", "at least 1"));
    }

    @Test
    void databasesWithoutSequencesRefuseThem() {
        for (String url : List.of("mysql://u@localhost:1/x", "sqlite:target/mp-never-created.db")) {
            try (Database db = Database.create(DatabaseConfig.url(url).build())) {
                Models.register(db, Ticket.class);
                var e = org.junit.jupiter.api.Assertions.assertThrows(org.duoorm.MappingException.class, () -> Models.validate(db));
                assertTrue(e.getMessage().contains("needs a database with sequences") && e.getMessage().contains("IDENTITY"),
                        e.getMessage());
            }
        }
    }
}
