package org.duoorm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The reactive types mirror the blocking ones, name for name. */
class MirrorTest {

    private static Set<String> names(Class<?> type, Set<String> except) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getDeclaringClass() != Object.class && !Modifier.isStatic(m.getModifiers()))
                .map(Method::getName)
                .filter(n -> !except.contains(n))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void queriesMirror() {
        assertEquals(names(Query.class, Set.of("reactive")), names(ReactiveQuery.class, Set.of("blocking")));
    }

    @Test
    void modelTypesMirror() {
        assertEquals(names(ModelType.class, Set.of("reactive")), names(ReactiveModelType.class, Set.of("blocking")));
    }

    @Test
    void instanceOperationsMirror() {
        assertEquals(names(Model.class, Set.of("reactive", "modelType")), names(ReactiveModel.class, Set.of()));
    }

    @Test
    void schemaMirrors() {
        assertEquals(Set.of("create", "drop"), names(Schema.Reactive.class, Set.of()));
        assertEquals(names(Schema.class, Set.of("reactive", "createStatements", "dropStatements")), names(Schema.Reactive.class, Set.of()));
    }
}
