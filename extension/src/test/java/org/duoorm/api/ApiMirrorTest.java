package org.duoorm.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.duoorm.Database;
import org.duoorm.ReactiveDatabase;
import org.duoorm.ReactiveSession;
import org.duoorm.ReactiveSqlOperations;
import org.duoorm.Session;
import org.duoorm.SqlOperations;
import org.junit.jupiter.api.Test;

/** The reactive API mirrors the blocking one name for name. */
class ApiMirrorTest {
    private static Set<String> names(Class<?> type) {
        return Arrays.stream(type.getMethods()).filter(m -> !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getDeclaringClass() != Object.class).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void sqlOperations() {
        assertEquals(names(SqlOperations.class), names(ReactiveSqlOperations.class));
    }

    @Test
    void sessions() {
        Set<String> blocking = names(Session.class);
        Set<String> reactive = names(ReactiveSession.class);
        assertEquals(blocking, reactive);
    }

    @Test
    void databases() {
        Set<String> blocking = names(Database.class);
        // Identity, lifecycle and the mode switch exist once; the blocking standalone session is the seed's sync_ twin.
        blocking.removeAll(Set.of("name", "config", "dialect", "url", "reactiveUrl", "isConnected", "reactive",
                "transactionUni", "syncStandaloneSession"));
        Set<String> reactive = names(ReactiveDatabase.class);
        reactive.removeAll(Set.of("blocking", "transactionMulti"));
        assertEquals(blocking, reactive);
        assertTrue(names(Database.class).contains("syncStandaloneSession"));
        assertTrue(names(Database.class).contains("standaloneSession"));
    }
}
