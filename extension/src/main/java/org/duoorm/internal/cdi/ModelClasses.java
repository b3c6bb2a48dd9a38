package org.duoorm.internal.cdi;

import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.util.Optional;
import org.duoorm.DatabaseConfig;
import org.duoorm.DuoDatabase;

/**
 * Decides which discovered classes are DuoORM models and which database each belongs to.
 *
 * <p>When the API has a model base type ({@value #MODEL_TYPE}), a model is a concrete subclass of it,
 * assigned by its {@code @DuoDatabase} or to the default database. Without that type, a model is a
 * concrete class annotated {@code @DuoDatabase} at class level that is not otherwise a CDI bean
 * definition (no scope or stereotype) and declares no producer.
 */
final class ModelClasses {
    static final String MODEL_TYPE = "org.duoorm.Model";
    private static final Class<?> MODEL = load();

    private ModelClasses() {
    }

    private static Class<?> load() {
        try {
            return Class.forName(MODEL_TYPE, false, ModelClasses.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** Whether models have a base type, so that model classes can be vetoed as beans. */
    static boolean hasModelType() {
        return MODEL != null;
    }

    /**
     * @param type a discovered type
     * @param beanManager to recognize scopes and stereotypes
     * @return the database name the model belongs to, or empty when the type is no model
     */
    static Optional<String> databaseOf(AnnotatedType<?> type, BeanManager beanManager) {
        Class<?> c = type.getJavaClass();
        if (c.isInterface() || c.isAnnotation() || c.isEnum() || Modifier.isAbstract(c.getModifiers())) {
            return Optional.empty();
        }
        DuoDatabase qualifier = c.getAnnotation(DuoDatabase.class);
        if (MODEL != null) {
            return MODEL.isAssignableFrom(c) && c != MODEL
                    ? Optional.of(qualifier == null ? DatabaseConfig.DEFAULT_NAME : qualifier.value())
                    : Optional.empty();
        }
        if (qualifier == null || isBeanDefinition(type, beanManager) || declaresProducer(type)) {
            return Optional.empty();
        }
        return Optional.of(qualifier.value());
    }

    private static boolean isBeanDefinition(AnnotatedType<?> type, BeanManager beanManager) {
        for (Annotation a : type.getAnnotations()) {
            Class<? extends Annotation> t = a.annotationType();
            if (beanManager.isScope(t) || beanManager.isNormalScope(t) || beanManager.isStereotype(t)
                    || t.getName().equals("jakarta.interceptor.Interceptor")) {
                return true;
            }
        }
        return false;
    }

    private static boolean declaresProducer(AnnotatedType<?> type) {
        return type.getMethods().stream().anyMatch(m -> m.isAnnotationPresent(jakarta.enterprise.inject.Produces.class))
                || type.getFields().stream().anyMatch(f -> f.isAnnotationPresent(jakarta.enterprise.inject.Produces.class));
    }
}
