package org.duoorm.internal.cdi;

import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.util.Optional;
import org.duoorm.DatabaseConfig;
import org.duoorm.DuoDatabase;
import org.duoorm.model.Model;

/**
 * Decides which discovered classes are DuoORM models and which database each belongs to. A model is
 * a concrete class that either extends the model base class {@link Model},
 * assigned by its {@code @DuoDatabase} or else to the default database; or carries {@code @DuoDatabase}
 * at class level without being a CDI bean definition (no scope, stereotype or producer). Plain model
 * classes without either are not recognizable (they may be JPA entities of another library) and are
 * registered by the application with {@code Models.register}.
 */
final class ModelClasses {
    private ModelClasses() {
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
        if (Model.class.isAssignableFrom(c)) {
            return Optional.of(qualifier == null ? DatabaseConfig.DEFAULT_NAME : qualifier.value());
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
        return type.getMethods().stream().anyMatch(m -> m.isAnnotationPresent(Produces.class))
                || type.getFields().stream().anyMatch(f -> f.isAnnotationPresent(Produces.class));
    }
}
