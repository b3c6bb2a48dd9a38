package org.duoorm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import org.duoorm.Database;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.testing.TestDatabases;

/** Models need not extend Model: the handle has the same instance operations. */
@SuppressWarnings("try")
class PlainObjectTest {

    @Table(name = "m_plain_country")
    public static class Country {
        @Id
        private String code;
        private String name;
        private long population;

        Country() {
        }

        Country(String code, String name, long population) {
            this.code = code;
            this.name = name;
            this.population = population;
        }
    }

    @Everywhere
    void plainObjectsSaveUpdateAndDelete(TestDatabases.Target target, Way way) {
        try (Database db = ModelTesting.open(target, Country.class)) {
            ModelType<Country> countries = Models.of(Country.class);
            Country fr = new Country("FR", "France", 68_000_000);
            way.call(() -> countries.save(fr), () -> countries.reactive().save(fr));
            assertEquals("France", countries.get("FR").orElseThrow().name);
            fr.population = 68_400_000;
            way.call(() -> countries.save(fr), () -> countries.reactive().save(fr));
            assertEquals(1L, countries.count());
            assertEquals(68_400_000L, countries.get("FR").orElseThrow().population);
            Country de = countries.get("FR").map(c -> new Country("DE", "Germany", 84_000_000)).orElseThrow();
            way.call(() -> countries.save(de), () -> countries.reactive().save(de));
            assertEquals(2L, countries.count(), "an assigned key not in the table is inserted");
            way.call(() -> countries.update(de, Map.of("name", "Deutschland")), () -> countries.reactive().update(de, Map.of("name", "Deutschland")));
            assertEquals("Deutschland", PlainObjectTest_Country_.where(PlainObjectTest_Country_.code.eq("DE")).one().name);
            way.run(() -> countries.delete(de), () -> countries.reactive().delete(de));
            assertFalse(countries.get("DE").isPresent());
            Country fresh = way.call(() -> countries.refresh(new Country("FR", null, 0)), () -> countries.reactive().refresh(new Country("FR", null, 0)));
            assertNotNull(fresh.name);
            assertEquals(Map.of("code", "FR", "name", "France", "population", 68_400_000L), countries.toMap(fresh));
        }
    }
}
