package org.duoorm.model.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import org.duoorm.ConstraintViolationException;
import org.duoorm.Database;
import org.duoorm.DatabaseConfig;
import org.duoorm.Dialect;
import org.duoorm.MappingException;
import org.duoorm.model.Everywhere;
import org.duoorm.model.Fetch;
import org.duoorm.model.Model;
import org.duoorm.model.ModelTesting;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.model.Models;
import org.duoorm.model.Related;
import org.duoorm.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @Table(schema)}: every statement names the schema, the schema is created when missing and left by
 * drop, and foreign keys reach a model in another schema. On MariaDB a schema is a database.
 */
@SuppressWarnings("try")
class MappingAnnotationsSchemaTest {
    /** Server-wide on MariaDB, so named after this module's own database. */
    static final String SCHEMA = "duo_mapping_geo";

    @Table(name = "mp_region", schema = SCHEMA, indexes = @Index(columnList = "name"))
    public static class Region extends Model<Region> {
        @Id
        @GeneratedValue
        public Long id;
        public String name;
        @OneToMany(mappedBy = "region")
        public List<City> cities;
    }

    @Table(name = "mp_city")
    public static class City extends Model<City> {
        @Id
        @GeneratedValue
        public Long id;
        public String name;
        public Long regionId;
        @ManyToOne
        @JoinColumn(name = "region_id")
        public Region region;
    }

    private static String quoted(Database db, String name) {
        String folded = Inspect.folded(db, name);
        return db.dialect() == Dialect.MARIADB ? "`" + folded + "`" : "\"" + folded + "\"";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void everyStatementNamesTheSchema(TestDatabases.Target target) {
        try (Database db = Mapping.unconnected(target, City.class, Region.class)) {
            String table = quoted(db, SCHEMA) + "." + quoted(db, "mp_region");
            List<String> create = Models.schema(db).createStatements();
            assertEquals("CREATE SCHEMA IF NOT EXISTS " + quoted(db, SCHEMA), create.get(0), create.toString());
            assertTrue(create.get(1).startsWith("CREATE TABLE IF NOT EXISTS " + table + " ("), create.toString());
            assertTrue(create.get(2).contains("REFERENCES " + table), "the city's foreign key: " + create);
            assertTrue(create.stream().anyMatch(s -> s.startsWith("CREATE INDEX IF NOT EXISTS ") && s.contains(" ON " + table)),
                    create.toString());
            List<String> drop = Models.schema(db).dropStatements();
            List<String> drops = List.of("DROP TABLE IF EXISTS " + quoted(db, "mp_city"), "DROP TABLE IF EXISTS " + table);
            assertEquals(drops, drop.subList(drop.size() - 2, drop.size()), "drop leaves the schema");
            assertEquals(db.dialect() == Dialect.H2 ? List.of(create.get(0)) : List.of(), drop.subList(0, drop.size() - 2),
                    "on H2 (only) the schema must exist for DROP TABLE IF EXISTS");
            assertTrue(Models.of(db, Region.class).query().sql().contains(" FROM " + table), "queries name it");
            assertTrue(MappingAnnotationsSchemaTest_Region_.where(MappingAnnotationsSchemaTest_Region_.name.eq("x"))
                    .sql().contains(" FROM " + table));
        }
    }

    @Test
    void sqliteHasNoSchemas() {
        try (Database db = Database.create(DatabaseConfig.url("sqlite:target/mp-never-created.db").build())) {
            Models.register(db, Region.class);
            MappingException e = assertThrows(MappingException.class, () -> Models.validate(db));
            assertTrue(e.getMessage().contains("@Table(schema = \"" + SCHEMA + "\")") && e.getMessage().contains("SQLite"),
                    e.getMessage());
        }
    }

    @Everywhere
    void tablesLiveInTheSchemaAndReferenceAcrossIt(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, City.class, Region.class)) {
            assertTrue(Inspect.tableExists(db, SCHEMA, "mp_region"), "created in " + SCHEMA);
            assertFalse(Inspect.tableExists(db, null, "mp_region"), "not in the default schema");
            Region north = way.call(() -> MappingAnnotationsSchemaTest_Region_.create(Map.of("name", "North")),
                    () -> MappingAnnotationsSchemaTest_Region_.reactive().create(Map.of("name", "North")));
            City city = way.call(() -> MappingAnnotationsSchemaTest_City_.create(Map.of("name", "Oslo", "regionId", north.id)),
                    () -> MappingAnnotationsSchemaTest_City_.reactive().create(Map.of("name", "Oslo", "regionId", north.id)));
            List<City> loaded = way.call(() -> MappingAnnotationsSchemaTest_City_.query().related("region").all(),
                    () -> MappingAnnotationsSchemaTest_City_.query().related("region").reactive().all());
            assertEquals("North", loaded.get(0).region.name);
            List<Region> joined = way.call(() -> MappingAnnotationsSchemaTest_Region_.query().related("cities", Fetch.JOINED).all(),
                    () -> MappingAnnotationsSchemaTest_Region_.query().related("cities", Fetch.JOINED).reactive().all());
            assertEquals("Oslo", joined.get(0).cities.get(0).name, "joined from the schema's table");
            List<City> through = way.call(() -> MappingAnnotationsSchemaTest_City_.where(Related.exists("region",
                    MappingAnnotationsSchemaTest_Region_.name.eq("North"))).related("region", Fetch.JOINED).all(),
                    () -> MappingAnnotationsSchemaTest_City_.where(Related.exists("region", MappingAnnotationsSchemaTest_Region_.name
                            .eq("North"))).related("region", Fetch.JOINED).reactive().all());
            assertEquals("North", through.get(0).region.name, "a subquery and a join into the schema");
            assertEquals(1L, (long) way.call(() -> MappingAnnotationsSchemaTest_Region_.count(),
                    () -> MappingAnnotationsSchemaTest_Region_.query().reactive().count()));
            assertThrows(ConstraintViolationException.class,
                    () -> way.run(north::delete, () -> north.reactive().delete()), "the foreign key holds across schemas");
            way.run(city::delete, () -> city.reactive().delete());
            way.run(north::delete, () -> north.reactive().delete());
            Models.schema(db).drop();
            assertFalse(Inspect.tableExists(db, SCHEMA, "mp_region"));
            Models.schema(db).drop(); // again: the schema is still there
            Models.schema(db).create();
            assertTrue(Inspect.tableExists(db, SCHEMA, "mp_region"));
        }
    }
}
