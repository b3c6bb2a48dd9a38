package org.duoorm.internal.cdi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Optional;
import org.duoorm.DuoTransaction;

/**
 * Finds the {@code @DuoTransaction} that applies to a method: the method's own, else the bean class's
 * (inherited ones included), else one carried by a stereotype on the class.
 */
final class TransactionBindings {
    /** Where Weld puts the interceptor bindings of the current invocation. */
    static final String WELD_BINDINGS = "org.jboss.weld.interceptor.bindings";

    private TransactionBindings() {
    }

    static Optional<DuoTransaction> find(Class<?> beanClass, Method method) {
        DuoTransaction own = method.getAnnotation(DuoTransaction.class);
        if (own != null) {
            return Optional.of(own);
        }
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
