package org.duoorm.internal.model;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.duoorm.DuoOrmException;
import org.duoorm.MappingException;
import org.duoorm.model.Model;

/**
 * A model's {@code @PrePersist} and {@code @PreUpdate} methods, found once with the rest of its metadata and run by
 * {@link Hooks}: inherited ones first, as Jakarta Persistence orders them, and an overridden one only through its
 * override (when that is annotated too).
 */
final class Callbacks {
    static final Callbacks NONE = new Callbacks(List.of(), List.of());

    private final List<Method> prePersist;
    private final List<Method> preUpdate;

    private Callbacks(List<Method> prePersist, List<Method> preUpdate) {
        this.prePersist = prePersist;
        this.preUpdate = preUpdate;
    }

    /** @throws MappingException for a callback that takes parameters, is static, or is the second of its kind in a class */
    static Callbacks read(Class<?> type) {
        Deque<Class<?>> chain = new ArrayDeque<>();
        for (Class<?> c = type; c != null && c != Object.class && c != Model.class; c = c.getSuperclass()) {
            chain.push(c);
        }
        List<Method> persist = new ArrayList<>();
        List<Method> update = new ArrayList<>();
        for (Class<?> c : chain) {
            Method[] methods = c.getDeclaredMethods();
            collect(methods, c, type, PrePersist.class, persist);
            collect(methods, c, type, PreUpdate.class, update);
        }
        return persist.isEmpty() && update.isEmpty() ? NONE : new Callbacks(List.copyOf(persist), List.copyOf(update));
    }

    private static void collect(Method[] methods, Class<?> c, Class<?> model, Class<? extends Annotation> kind, List<Method> out) {
        Method found = null;
        for (Method m : methods) {
            if (m.isSynthetic() || m.isBridge() || !m.isAnnotationPresent(kind)) {
                continue;
            }
            String where = "@" + kind.getSimpleName() + " method " + c.getName() + "." + m.getName() + "()";
            if (found != null) {
                throw new MappingException(where + " is the second of its kind in " + c.getSimpleName()
                        + " (with " + found.getName() + "()); a class has at most one, so merge them");
            }
            if (m.getParameterCount() != 0) {
                throw new MappingException(where + " must take no parameters; the model is 'this'");
            }
            if (Modifier.isStatic(m.getModifiers())) {
                throw new MappingException(where + " must not be static; it runs on the model being written");
            }
            found = m;
            if (!overridden(m, c, model)) {
                out.add(accessible(m));
            }
        }
    }

    private static Method accessible(Method m) {
        try {
            m.setAccessible(true);
            return m;
        } catch (RuntimeException e) {
            throw new MappingException("Cannot access " + m + "; open its package to DuoORM", e);
        }
    }

    /** Whether a subclass up to the model overrides the method: then only the override may run. */
    private static boolean overridden(Method m, Class<?> declaring, Class<?> model) {
        if (Modifier.isPrivate(m.getModifiers())) {
            return false;
        }
        for (Class<?> c = model; c != declaring; c = c.getSuperclass()) {
            try {
                c.getDeclaredMethod(m.getName());
                return true;
            } catch (NoSuchMethodException e) {
                // not overridden at this level
            }
        }
        return false;
    }

    void prePersist(Object model) {
        run(prePersist, model);
    }

    void preUpdate(Object model) {
        run(preUpdate, model);
    }

    private static void run(List<Method> methods, Object model) {
        for (Method m : methods) {
            try {
                m.invoke(model);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new DuoOrmException("Callback " + m.getDeclaringClass().getSimpleName() + "." + m.getName()
                        + "() failed: " + e.getCause(), e.getCause());
            } catch (IllegalAccessException e) {
                throw new MappingException("Cannot call " + m + "; open its package to DuoORM", e);
            }
        }
    }
}
