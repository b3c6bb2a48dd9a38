package org.duoorm.internal.model;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Jakarta Bean Validation, when a provider is on the class path: found once by class loading, so that
 * without one nothing of {@code jakarta.validation} is ever touched.
 */
final class BeanValidation {
    private static final boolean AVAILABLE = available();

    private BeanValidation() {
    }

    private static boolean available() {
        try {
            Class.forName("jakarta.validation.Validation", false, BeanValidation.class.getClassLoader());
            return Holder.VALIDATOR != null;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Adds the violations of an object's declared constraints, one line each ({@code "name: must not be blank"}). */
    static void check(Object bean, String prefix, List<String> violations) {
        if (AVAILABLE && bean != null) {
            Holder.check(bean, prefix, violations);
        }
    }

    /** Adds the violations of one value for a property of a class (bulk updates load no rows). */
    static void checkValue(Class<?> type, String property, Object value, List<String> violations) {
        if (AVAILABLE) {
            Holder.checkValue(type, property, value, violations);
        }
    }

    /** Only loaded when the API is present. */
    private static final class Holder {
        static final Validator VALIDATOR = create();

        private static Validator create() {
            try {
                return Validation.buildDefaultValidatorFactory().getValidator();
            } catch (RuntimeException e) {
                return null; // the API without a provider
            }
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        static void checkValue(Class<?> type, String property, Object value, List<String> violations) {
            Set<ConstraintViolation<?>> found = (Set) VALIDATOR.validateValue((Class) type, property, value);
            for (ConstraintViolation<?> v : found) {
                violations.add(property + ": " + v.getMessage());
            }
        }

        static void check(Object bean, String prefix, List<String> violations) {
            Set<ConstraintViolation<Object>> found = VALIDATOR.validate(bean);
            List<String> lines = new ArrayList<>();
            for (ConstraintViolation<Object> v : found) {
                lines.add(prefix + v.getPropertyPath() + ": " + v.getMessage());
            }
            lines.sort(null);
            violations.addAll(lines);
        }
    }
}
