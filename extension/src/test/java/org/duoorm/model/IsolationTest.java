package org.duoorm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import org.duoorm.Database;
import org.duoorm.DatabaseConfig;
import org.duoorm.DuoDatabase;
import org.duoorm.MappingException;
import org.duoorm.model.ModelTesting.Way;
import org.duoorm.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/** Each database owns its models; a model belongs to one database. */
@SuppressWarnings("try")
class IsolationTest {

    @Table(name = "m_iso_customer")
    public static class Customer extends Model<Customer> {
        @Id
        @GeneratedValue
        public Long id;
        public String name;
    }

    @Table(name = "m_iso_invoice")
    public static class Invoice extends Model<Invoice> {
        @Id
        @GeneratedValue
        public Long id;
        public int amount;
    }

    @DuoDatabase("billing")
    @Table(name = "m_iso_ledger")
    public static class Ledger {
        @Id
        public Long id;
    }

    public static class Unregistered {
        @Id
        public Long id;
    }

    @Everywhere
    void twoDatabasesOnOneUrlStayApart(TestDatabases.Target target, Way way) {
        String url = target.config().build().url();
        try (Database crm = Database.create(target.config().url(url).name("crm").build());
                Database billing = Database.create(target.config().url(url).name("billing").build())) {
            Models.register(crm, Customer.class);
            Models.register(billing, Invoice.class, Ledger.class);
            assertEquals(List.of(Customer.class), Models.registered(crm));
            assertEquals(List.of(Invoice.class, Ledger.class), Models.registered(billing));
            assertEquals(1, Models.schema(crm).createStatements().size());
            Models.schema(crm).drop();
            Models.schema(billing).drop();
            way.run(Models.schema(crm)::create, () -> Models.schema(crm).reactive().create());
            way.run(Models.schema(billing)::create, () -> Models.schema(billing).reactive().create());
            assertSame(crm, IsolationTest_Customer_.model().database());
            assertSame(billing, IsolationTest_Invoice_.model().database());
            Customer c = way.call(() -> IsolationTest_Customer_.create(Map.of("name", "Ada")),
                    () -> IsolationTest_Customer_.reactive().create(Map.of("name", "Ada")));
            assertSame(crm, c.modelType().database());
            MappingException wrong = assertThrows(MappingException.class, () -> Models.of(billing, Customer.class));
            assertTrue(wrong.getMessage().contains("belongs to database 'crm'"), wrong.getMessage());
            MappingException twice = assertThrows(MappingException.class, () -> Models.register(billing, Customer.class));
            assertTrue(twice.getMessage().contains("crm"), twice.getMessage());
            MappingException assigned = assertThrows(MappingException.class, () -> Models.register(crm, Ledger.class));
            assertTrue(assigned.getMessage().contains("@DuoDatabase"), assigned.getMessage());
            Models.register(crm, Customer.class);
            assertEquals(1L, IsolationTest_Customer_.count(), "registering again changes nothing");
            way.run(Models.schema(billing)::drop, () -> Models.schema(billing).reactive().drop());
            assertEquals(1L, IsolationTest_Customer_.count(), "dropping one database's schema leaves the other's");
        }
    }

    @Test
    void aModelRegisteredAgainstItsDuoDatabaseFailsOnUseAndGivesWay() {
        try (Database wrong = Database.create(DatabaseConfig.url("h2:mem:m_iso_wrong").name("wrong").build());
                Database billing = Database.create(DatabaseConfig.url("h2:mem:m_iso_wrong_billing").name("billing").build())) {
            Models.register(wrong, Ledger.class);
            MappingException use = assertThrows(MappingException.class, () -> Models.of(wrong, Ledger.class));
            assertTrue(use.getMessage().contains("@DuoDatabase") && use.getMessage().contains("'billing'"), use.getMessage());
            MappingException all = assertThrows(MappingException.class, () -> Models.validate(wrong));
            assertTrue(all.getMessage().contains("@DuoDatabase"), all.getMessage());
            Models.register(billing, Ledger.class);
            assertSame(billing, Models.of(Ledger.class).database(), "the database its annotation names takes it over");
        }
    }

    @Test
    void anUnregisteredModelFailsClearly() {
        MappingException e = assertThrows(MappingException.class, () -> Models.of(Unregistered.class));
        assertTrue(e.getMessage().contains("Models.register"), e.getMessage());
        try (Database db = Database.create("h2:mem:m_iso_unregistered")) {
            assertThrows(MappingException.class, () -> Models.of(db, Unregistered.class));
        }
    }

    @Table(name = "m_iso_moving")
    public static class Moving {
        @Id
        public Long id;
    }

    @Test
    void aNewerDatabaseOfTheSameNameTakesTheModelOver() {
        try (Database first = Database.create("h2:mem:m_iso_first")) {
            Models.register(first, Moving.class);
            try (Database second = Database.create("h2:mem:m_iso_second")) {
                Models.register(second, Moving.class);
                assertSame(second, IsolationTest_Moving_.model().database());
                assertSame(first, Models.of(first, Moving.class).database(), "the old one keeps its own metadata");
            }
        }
    }

    @Table(name = "m_iso_released")
    public static class Released {
        @Id
        public Long id;
    }

    @Test
    void aClosedDatabaseReleasesItsModels() {
        Database old = Database.create(DatabaseConfig.url("h2:mem:m_iso_old").name("old").build());
        Models.register(old, Released.class);
        old.close();
        assertTrue(old.isClosed());
        try (Database next = Database.create(DatabaseConfig.url("h2:mem:m_iso_next").name("next").build())) {
            Models.register(next, Released.class);
            assertSame(next, IsolationTest_Released_.model().database());
        }
    }
}
