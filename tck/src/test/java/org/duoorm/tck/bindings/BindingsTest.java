package org.duoorm.tck.bindings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.duoorm.Mode;
import org.duoorm.TransactionRequiredException;
import org.duoorm.tck.CountingListener;
import org.duoorm.tck.Tck;
import org.jboss.weld.context.bound.BoundLiteral;
import org.jboss.weld.context.bound.BoundSessionContext;
import org.junit.jupiter.api.Test;

/**
 * Where {@code @DuoTransaction} may sit: on a stereotype, on a superclass, on the class with a method
 * overriding it. MANDATORY makes the binding visible: a call outside a unit of work fails.
 */
class BindingsTest {
    private static final Class<?>[] CLASSES = {BindingsConfig.class, StereotypedService.class, InheritingService.class,
        OverridingService.class};

    @Test
    void bindingOnAStereotypeApplies() {
        try (Tck tck = Tck.deploy(Tck.h2(), CLASSES)) {
            assertThrows(TransactionRequiredException.class, () -> tck.select(StereotypedService.class).work());
        }
    }

    @Test
    void bindingOnASuperclassIsInherited() {
        try (Tck tck = Tck.deploy(Tck.h2(), CLASSES)) {
            InheritingService service = tck.select(InheritingService.class);
            assertThrows(TransactionRequiredException.class, service::work);
            assertThrows(TransactionRequiredException.class, service::more);
        }
    }

    @Test
    void methodBindingOverridesTheClassBinding() {
        try (Tck tck = Tck.deploy(Tck.h2(), CLASSES)) {
            OverridingService service = tck.select(OverridingService.class);
            CountingListener listener = tck.listener();
            assertThrows(TransactionRequiredException.class, service::classLevel);
            assertEquals("method", service.methodLevel());
            assertEquals(1, listener.count(Mode.BLOCKING, CountingListener.Event.BEGIN), listener.toString());
            assertEquals(1, listener.count(Mode.BLOCKING, CountingListener.Event.COMMIT), listener.toString());
        }
    }

    @Test
    void passivationCapableBeansCanBeTransactional() {
        try (Tck tck = Tck.deploy(Tck.h2(), BindingsConfig.class, SessionCart.class)) {
            BoundSessionContext session = tck.select(BoundSessionContext.class, BoundLiteral.INSTANCE);
            Map<String, Object> storage = new HashMap<>();
            session.associate(storage);
            session.activate();
            try {
                assertEquals(1, tck.select(SessionCart.class).add("book"));
                assertEquals(1, tck.listener().count(Mode.BLOCKING, CountingListener.Event.COMMIT));
            } finally {
                session.invalidate();
                session.deactivate();
                session.dissociate(storage);
            }
        }
    }
}
