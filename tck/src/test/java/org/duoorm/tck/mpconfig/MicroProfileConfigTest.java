package org.duoorm.tck.mpconfig;

import static org.duoorm.tck.mpconfig.MpConfigService.LEDGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.duoorm.Database;
import org.duoorm.DuoDatabase;
import org.duoorm.tck.Tck;
import org.duoorm.testing.TestDatabases.Target;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Databases configured in MicroProfile Config (SmallRye Config here), without a producer. */
class MicroProfileConfigTest {

    /** Runs the body with the properties as this class loader's MicroProfile Config. */
    private static void withConfig(Map<String, String> properties, Runnable body) {
        ConfigProviderResolver resolver = ConfigProviderResolver.instance();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        resolver.releaseConfig(ConfigProvider.getConfig(loader));
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "tck", 500))
                .build();
        resolver.registerConfig(config, loader);
        try {
            body.run();
        } finally {
            resolver.releaseConfig(config);
        }
    }

    private static String url(Target target) {
        return target.config().build().url();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.duoorm.testing.TestDatabases#all")
    void databasesComeFromProperties(Target target) {
        Map<String, String> p = new HashMap<>();
        p.put("duoorm.databases", "orders");
        p.put("duoorm.orders.url", url(target));
        p.put("duoorm.orders.engine.maxSize", "3");
        p.put("duoorm.orders.derive-async", "true");
        p.put("duoorm.orders.dialect", target.dialect().id());
        p.put("duoorm.metrics.url", "h2:mem:tck_metrics");
        p.put("duoorm.metrics.derive-async", "false");
        withConfig(p, () -> {
            try (Tck tck = Tck.deploy(target, MpConfigService.class)) {
                assertEquals(Set.of("orders", "metrics"), tck.extension().databaseNames());
                Database orders = tck.select(Database.class, DuoDatabase.Literal.of("orders"));
                assertEquals("orders", orders.name());
                assertEquals(target.dialect(), orders.dialect());
                assertEquals(3, ((Number) orders.config().engineOptions().asMap().get("maxSize")).intValue());
                Database metrics = tck.select(Database.class, DuoDatabase.Literal.of("metrics"));
                assertFalse(metrics.config().deriveAsync());
                assertFalse(metrics.isConnected());

                tck.create(LEDGER, orders);
                MpConfigService service = tck.select(MpConfigService.class);
                service.insert("blocking");
                service.insertUni("reactive").await().atMost(Duration.ofSeconds(30));
                assertEquals(2, LEDGER.count(orders));
            }
        });
    }

    @Test
    void connectOnStartupFromPropertiesFailsTheDeploymentForABadDatabase() {
        Map<String, String> p = Map.of(
                "duoorm.broken.url", "postgresql://postgres@127.0.0.1:1/test",
                "duoorm.broken.connect-on-startup", "true",
                "duoorm.broken.engine.connectTimeout", "2s");
        withConfig(p, () -> {
            RuntimeException e = Tck.deploymentFailure(Tck.h2());
            String m = Tck.messages(e);
            assertTrue(m.contains("DUOORM-CDI-005") && m.contains("'broken'") && m.contains("duoorm.broken"), m);
        });
    }

    @Test
    void unknownEngineOptionFailsTheDeployment() {
        withConfig(Map.of("duoorm.orders.url", "h2:mem:tck_orders", "duoorm.orders.engine.noSuchOption", "1"), () -> {
            RuntimeException e = Tck.deploymentFailure(Tck.h2(), MpConfigService.class);
            String m = Tck.messages(e);
            assertTrue(m.contains("'orders'") && m.contains("noSuchOption"), m);
        });
    }

    @Test
    void producerAndPropertiesForOneDatabaseAreTwoConfigurations() {
        withConfig(Map.of("duoorm.orders.url", "h2:mem:tck_orders"), () -> {
            RuntimeException e = Tck.deploymentFailure(Tck.h2(), OrdersProducer.class, MpConfigService.class);
            String m = Tck.messages(e);
            assertTrue(m.contains("DUOORM-CDI-002") && m.contains("@DuoDatabase(\"orders\")")
                    && m.contains(OrdersProducer.class.getName() + ".orders()") && m.contains("duoorm.orders.*"), m);
        });
    }
}
