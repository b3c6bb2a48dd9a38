package org.duoorm.internal.cdi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class RollbackRulesTest {
    @SafeVarargs
    private static Class<? extends Throwable>[] types(Class<? extends Throwable>... types) {
        return types;
    }

    @Test
    void everythingRollsBackByDefault() {
        RollbackRules rules = RollbackRules.of(types(), types());
        assertFalse(rules.commitsDespite(new RuntimeException()));
        assertFalse(rules.commitsDespite(new IOException()));
        assertFalse(rules.commitsDespite(new AssertionError()));
    }

    @Test
    void dontRollbackOnCoversSubtypes() {
        RollbackRules rules = RollbackRules.of(types(), types(IOException.class));
        assertTrue(rules.commitsDespite(new IOException()));
        assertTrue(rules.commitsDespite(new FileNotFoundException()));
        assertFalse(rules.commitsDespite(new IllegalStateException()));
    }

    @Test
    void theNearerListedTypeWins() {
        RollbackRules rules = RollbackRules.of(types(IllegalStateException.class), types(RuntimeException.class));
        assertTrue(rules.commitsDespite(new IllegalArgumentException()));
        assertFalse(rules.commitsDespite(new IllegalStateException()));
        assertFalse(rules.commitsDespite(new IllegalStateException() { }));

        RollbackRules reversed = RollbackRules.of(types(RuntimeException.class), types(IllegalStateException.class));
        assertTrue(reversed.commitsDespite(new IllegalStateException()));
        assertFalse(reversed.commitsDespite(new IllegalArgumentException()));
    }

    @Test
    void aTypeInBothListsRollsBack() {
        RollbackRules rules = RollbackRules.of(types(IOException.class), types(IOException.class));
        assertFalse(rules.commitsDespite(new IOException()));
    }
}
