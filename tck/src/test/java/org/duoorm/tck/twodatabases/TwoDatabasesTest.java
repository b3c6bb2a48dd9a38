package org.duoorm.tck.twodatabases;

import static org.duoorm.tck.CountingListener.Event.BEGIN;
import static org.duoorm.tck.CountingListener.Event.COMMIT;
import static org.duoorm.tck.twodatabases.TwoDatabasesConfig.INVOICES;
import static org.duoorm.tck.twodatabases.TwoDatabasesConfig.ITEMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.duoorm.Database;
import org.duoorm.DuoDatabase;
import org.duoorm.EngineOptions;
import org.duoorm.Mode;
import org.duoorm.ReactiveDatabase;
import org.duoorm.tck.CountingListener;
import org.duoorm.tck.Tck;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Two named databases side by side, each with its own models, tables and units of work. */
class TwoDatabasesTest {
    private static final Class<?>[] CLASSES = {TwoDatabasesConfig.class, InventoryService.class, BillingService.class,
        Item.class, Invoice.class};
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static Class<?>[] with(Class<?> extra) {
        return Stream.concat(Arrays.stream(CLASSES), Stream.of(extra)).toArray(Class<?>[]::new);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void eachQualifierHasItsOwnDatabaseAndModels(Target target) {
        try (Tck tck = Tck.deploy(target, CLASSES)) {
            Database inventory = tck.select(Database.class, DuoDatabase.Literal.of("inventory"));
            Database billing = tck.select(Database.class, DuoDatabase.Literal.of("billing"));
            assertEquals("inventory", inventory.name());
            assertEquals("billing", billing.name());
            assertEquals(target.dialect(), inventory.dialect());
            assertFalse(tck.isResolvable(Database.class), "no default database is configured");
            assertSame(billing.reactive().blocking(),
                    tck.select(ReactiveDatabase.class, DuoDatabase.Literal.of("billing")).blocking());
            assertTrue(tck.extension().databaseNames().containsAll(Set.of("billing", "inventory")));
            assertEquals(List.of(Item.class), tck.extension().models("inventory"));
            assertEquals(List.of(Invoice.class), tck.extension().models("billing"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void anEnabledAlternativeConfigurationReplacesTheOther(Target target) {
        try (Tck tck = Tck.deploy(target, with(AlternativeInventoryConfig.class))) {
            Database inventory = tck.select(Database.class, DuoDatabase.Literal.of("inventory"));
            assertEquals(AlternativeInventoryConfig.MAX_SIZE, inventory.config().engineOptions().intValue(EngineOptions.MAX_SIZE));
            tck.create(ITEMS, inventory);
            tck.select(InventoryService.class).addItem("washer");
            assertEquals(1, ITEMS.count(inventory, "washer"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void aDisabledAlternativeConfigurationDoesNotCount(Target target) {
        try (Tck tck = Tck.deploy(target, with(DisabledInventoryConfig.class))) {
            Database inventory = tck.select(Database.class, DuoDatabase.Literal.of("inventory"));
            assertEquals(target.dialect(), inventory.dialect());
            assertFalse(inventory.config().url().contains("never_used"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void blockingAndReactiveServicesWorkSideBySide(Target target) {
        try (Tck tck = Tck.deploy(target, CLASSES)) {
            Database inventory = tck.select(Database.class, DuoDatabase.Literal.of("inventory"));
            Database billing = tck.select(Database.class, DuoDatabase.Literal.of("billing"));
            tck.create(ITEMS, inventory);
            tck.create(INVOICES, billing);
            CountingListener listener = tck.listener();
            listener.reset();

            tck.select(InventoryService.class).addItem("bolt");
            tck.select(BillingService.class).addInvoice("INV-1").await().atMost(TIMEOUT);

            assertEquals(1, ITEMS.count(inventory, "bolt"));
            assertEquals(1, INVOICES.count(billing, "INV-1"));
            assertEquals(1, listener.count("inventory", Mode.BLOCKING, BEGIN), listener.toString());
            assertEquals(0, listener.count("inventory", Mode.REACTIVE, BEGIN), listener.toString());
            assertEquals(1, listener.count("billing", Mode.REACTIVE, BEGIN), listener.toString());
            assertEquals(0, listener.count("billing", Mode.BLOCKING, BEGIN), listener.toString());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void unitsOfWorkArePerDatabase(Target target, Mode mode) {
        try (Tck tck = Tck.deploy(target, CLASSES)) {
            Database inventory = tck.select(Database.class, DuoDatabase.Literal.of("inventory"));
            Database billing = tck.select(Database.class, DuoDatabase.Literal.of("billing"));
            // Engines started up front: see reactiveEngineStartsInsideAnotherDatabasesPipeline for the lazy case.
            inventory.connect();
            billing.connect();
            checkUnitsOfWorkArePerDatabase(tck, mode, inventory, billing);
        }
    }

    /**
     * As {@link #unitsOfWorkArePerDatabase} with billing's engines created lazily, by its first use inside
     * inventory's reactive pipeline (on a Vert.x event loop for PostgreSQL and MariaDB).
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void reactiveEngineStartsInsideAnotherDatabasesPipeline(Target target, Mode mode) {
        try (Tck tck = Tck.deploy(target, CLASSES)) {
            Database inventory = tck.select(Database.class, DuoDatabase.Literal.of("inventory"));
            Database billing = tck.select(Database.class, DuoDatabase.Literal.of("billing"));
            checkUnitsOfWorkArePerDatabase(tck, mode, inventory, billing);
        }
    }

    private static void checkUnitsOfWorkArePerDatabase(Tck tck, Mode mode, Database inventory, Database billing) {
        tck.create(ITEMS, inventory);
        tck.create(INVOICES, billing);
        CountingListener listener = tck.listener();
        listener.reset();
        InventoryService service = tck.select(InventoryService.class);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
            if (mode == Mode.BLOCKING) {
                service.addItemAndInvoiceThenFail("nut", "INV-2");
            } else {
                service.addItemAndInvoiceThenFailUni("nut", "INV-2").await().atMost(TIMEOUT);
            }
        });
        assertEquals(InventoryService.FAILURE, e.getMessage(), "the method's own failure");
        assertEquals(0, ITEMS.count(inventory, "nut"), "inventory's unit of work rolled back");
        assertEquals(1, INVOICES.count(billing, "INV-2"),
                "billing's own unit of work, of another database, committed: " + listener);
        assertEquals(1, listener.count("inventory", mode, BEGIN), listener.toString());
        assertEquals(1, listener.count("billing", mode, BEGIN), listener.toString());
        assertEquals(1, listener.count("billing", mode, COMMIT), listener.toString());
    }

    /** A method's @DuoTransaction overrides the class's attribute by attribute: one that sets a timeout keeps the database. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void methodAttributesOverrideTheClassOnesOneByOne(Target target) {
        try (Tck tck = Tck.deploy(target, with(ClassLevelService.class))) {
            ClassLevelService service = tck.select(ClassLevelService.class);
            assertEquals("inventory", service.classLevel());
            assertEquals("inventory", service.onlyATimeout(), "the class's database, not the default one");
            assertEquals("inventory", service.onlyAPropagation());
            assertEquals("billing", service.anotherDatabase());
        }
    }
}
