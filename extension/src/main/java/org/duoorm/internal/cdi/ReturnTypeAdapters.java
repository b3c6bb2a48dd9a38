package org.duoorm.internal.cdi;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The adapters in the order they are tried: reactive types first, blocking last. */
final class ReturnTypeAdapters {
    private static final List<ReturnTypeAdapter> ADAPTERS =
            List.of(new UniAdapter(), new MultiAdapter(), new CompletionStageAdapter(), new BlockingAdapter());

    private ReturnTypeAdapters() {
    }

    static Optional<ReturnTypeAdapter> find(Class<?> returnType) {
        return ADAPTERS.stream().filter(a -> a.applies(returnType)).findFirst();
    }

    /** The message for a method whose return type no adapter handles, listing the supported ones. */
    static String unsupported(Method method) {
        return "DUOORM-CDI-004: @DuoTransaction method " + method.getDeclaringClass().getName() + "." + method.getName()
                + "() returns " + method.getReturnType().getName()
                + ", which a unit of work cannot span: it would end before the result is consumed. Supported: "
                + ADAPTERS.stream().map(ReturnTypeAdapter::description).collect(Collectors.joining("; "))
                + ". Return a Uni or Multi instead, or collect the result inside the method.";
    }
}
