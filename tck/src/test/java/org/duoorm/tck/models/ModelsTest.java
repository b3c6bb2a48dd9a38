package org.duoorm.tck.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.duoorm.Database;
import org.duoorm.DuoDatabase;
import org.duoorm.Mode;
import org.duoorm.model.Models;
import org.duoorm.tck.Tck;
import org.duoorm.testing.TestDatabases.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Models are registered with the database of their {@code @DuoDatabase}, and take part in declarative units of work. */
class ModelsTest {
    private static final Class<?>[] CLASSES = {ModelsConfig.class, Customer.class, Note.class, ShopService.class};
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void modelsBelongToTheDatabaseOfTheirQualifier(Target target) {
        try (Tck tck = Tck.deploy(target, CLASSES)) {
            Database shop = tck.select(Database.class, DuoDatabase.Literal.of("shop"));
            Database main = tck.select(Database.class);
            assertEquals(List.of(Customer.class), Models.registered(shop.reactive().blocking()));
            assertEquals(List.of(Note.class), Models.registered(main.reactive().blocking()));
            assertEquals("shop", Models.of(Customer.class).database().name());
            assertEquals("default", Models.of(Note.class).database().name());
            assertSame(shop.reactive().blocking(), Models.of(Customer.class).database().reactive().blocking());
            assertEquals(List.of(Customer.class), tck.extension().models("shop"));
        }
    }

    /**
     * What CDI injects is a client proxy of the database: the model registry must find the models registered
     * with the instance behind it.
     */
    @Test
    void theInjectedDatabaseFindsItsModels() {
        try (Tck tck = Tck.deploy(Tck.h2(), CLASSES)) {
            Database shop = tck.select(Database.class, DuoDatabase.Literal.of("shop"));
            assertEquals(List.of(Customer.class), Models.registered(shop));
            assertEquals("tck_cdi_customer", Models.of(shop, Customer.class).table().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.duoorm.tck.Tck#targetsAndModes")
    void modelOperationsJoinTheDeclarativeUnitOfWork(Target target, Mode mode) {
        try (Tck tck = Tck.deploy(target, CLASSES)) {
            Database shop = tck.select(Database.class, DuoDatabase.Literal.of("shop")).reactive().blocking();
            Models.schema(shop).drop();
            Models.schema(shop).create();
            try {
                ShopService service = tck.select(ShopService.class);
                Customer ada = mode == Mode.BLOCKING ? service.add("Ada", false) : service.addUni("Ada", false).await().atMost(TIMEOUT);
                assertNotNull(ada.id);
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
                    if (mode == Mode.BLOCKING) {
                        service.add("Grace", true);
                    } else {
                        service.addUni("Grace", true).await().atMost(TIMEOUT);
                    }
                });
                assertEquals(ShopService.FAILURE, e.getMessage());
                assertEquals(1L, Models.of(Customer.class).query().count(), "only the committed customer");
                if (mode == Mode.BLOCKING) {
                    assertThrows(IllegalStateException.class, () -> service.rename(ada, "Lovelace", true));
                    assertEquals("Ada", Models.of(Customer.class).get(ada.id).orElseThrow().name, "the rename rolled back");
                }
            } finally {
                Models.schema(shop).drop();
            }
        }
    }

    @Test
    void aModelThatCannotBeMappedFailsTheDeployment() {
        RuntimeException e = Tck.deploymentFailure(Tck.h2(), ModelsConfig.class, UnmappableModel.class);
        String m = Tck.messages(e);
        assertTrue(m.contains("DUOORM-CDI-008") && m.contains(UnmappableModel.class.getName()) && m.contains("'shop'"), m);
    }
}
