package org.duoorm.internal.cdi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Optional;
import org.duoorm.DuoTransaction;

/**
 * Finds the {@code @DuoTransaction} that applies to a method: the method's own over the bean class's (inherited ones
 * included, else one carried by a stereotype on the class), attribute by attribute.
 */
final class TransactionBindings {
    /** Where Weld puts the interceptor bindings of the current invocation. */
    static final String WELD_BINDINGS = "org.jboss.weld.interceptor.bindings";

    private TransactionBindings() {
    }

    /**
     * The binding of a method: its own {@code @DuoTransaction} attribute by attribute over the class's (a method that
     * only sets {@code timeout} keeps the class's {@code database}); the class's (or a stereotype's) when it has none.
     * The propagation is always the method's; any other attribute counts as set when it differs from its default.
     */
    static Optional<DuoTransaction> find(Class<?> beanClass, Method method) {
        DuoTransaction own = method.getAnnotation(DuoTransaction.class);
        Optional<DuoTransaction> onClass = onClass(beanClass);
        if (own == null) {
            return onClass;
        }
        return Optional.of(onClass.map(c -> merge(own, c)).orElse(own));
    }

    /**
     * The binding of an invocation: {@link #find}, or when the method and its class carry none (a binding only the
     * container sees), the container's.
     */
    static Optional<DuoTransaction> resolve(Class<?> beanClass, Method method, Object containerBindings) {
        return find(beanClass, method).or(() -> fromContainer(containerBindings));
    }

    private static Optional<DuoTransaction> onClass(Class<?> beanClass) {
        DuoTransaction onClass = beanClass.getAnnotation(DuoTransaction.class);
        if (onClass != null) {
            return Optional.of(onClass);
        }
        for (Annotation a : beanClass.getAnnotations()) {
            DuoTransaction viaStereotype = a.annotationType().getAnnotation(DuoTransaction.class);
            if (viaStereotype != null) {
                return Optional.of(viaStereotype);
            }
        }
        return Optional.empty();
    }

    /** The method's propagation, and its other attributes where set (not their default), the class's elsewhere. */
    static DuoTransaction merge(DuoTransaction method, DuoTransaction type) {
        return (DuoTransaction) java.lang.reflect.Proxy.newProxyInstance(DuoTransaction.class.getClassLoader(),
                new Class<?>[] {DuoTransaction.class}, (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "annotationType":
                            return DuoTransaction.class;
                        case "equals":
                            return proxy == args[0];
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "toString":
                            return "@DuoTransaction(" + describe(proxy) + ")";
                        case "value":
                            return method.value(); // a method's binding always says its propagation
                        default:
                            Object own = m.invoke(method);
                            return java.util.Objects.deepEquals(own, m.getDefaultValue()) ? m.invoke(type) : own;
                    }
                });
    }

    private static String describe(Object binding) throws ReflectiveOperationException {
        StringBuilder b = new StringBuilder();
        for (Method m : DuoTransaction.class.getDeclaredMethods()) {
            Object v = m.invoke(binding);
            b.append(b.length() == 0 ? "" : ", ").append(m.getName()).append('=')
                    .append(v instanceof Object[] a ? java.util.Arrays.toString(a) : v);
        }
        return b.toString();
    }

    /** The binding the container reports for this invocation, when it does (Weld does). */
    static Optional<DuoTransaction> fromContainer(Object bindings) {
        if (bindings instanceof Collection) {
            for (Object o : (Collection<?>) bindings) {
                if (o instanceof DuoTransaction) {
                    return Optional.of((DuoTransaction) o);
                }
            }
        }
        return Optional.empty();
    }
}
