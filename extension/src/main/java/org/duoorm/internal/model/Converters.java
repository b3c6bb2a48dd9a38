package org.duoorm.internal.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import org.duoorm.MappingException;

/**
 * {@code @Convert(converter = X.class)} on a field: the converter, made once per field, and the type it stores,
 * which DuoORM must map itself. The rest of the annotation ({@code disableConversion}, {@code attributeName}) was
 * refused by {@link AnnotationRules}.
 */
final class Converters {
    private Converters() {
    }

    /**
     * A field's converter and the Java type of its database column.
     *
     * @param converter converts between the field's type and {@code stored}
     * @param stored the converter's database type, boxed
     */
    record Converted(AttributeConverter<Object, Object> converter, Class<?> stored) {
    }

    /** @return the field's converter, or null without {@code @Convert} */
    static Converted read(Field f, Class<?> boxed, boolean keyOrVersion) {
        Convert c = f.getAnnotation(Convert.class);
        if (c == null) {
            return null;
        }
        String where = f.getDeclaringClass().getName() + "." + f.getName();
        Class<?> type = c.converter();
        if (type == void.class) {
            throw new MappingException("@Convert on " + where + " names no converter; give converter = YourConverter.class");
        }
        if (keyOrVersion) {
            throw new MappingException("@Convert on " + where + " is not supported on an @Id or @Version field: keys and "
                    + "versions are stored as they are (as in Jakarta Persistence); map the field with a supported type");
        }
        if (!AttributeConverter.class.isAssignableFrom(type)) {
            throw new MappingException("@Convert(converter = " + type.getSimpleName() + ".class) on " + where + " names a "
                    + "class that is no jakarta.persistence.AttributeConverter");
        }
        Converter declared = type.getAnnotation(Converter.class);
        if (declared != null && declared.autoApply()) {
            throw new MappingException("@Convert(converter = " + type.getSimpleName() + ".class) on " + where + " names a "
                    + "converter with @Converter(autoApply = true), which DuoORM never applies by itself; set autoApply = "
                    + "false and put @Convert on each field it converts");
        }
        Class<?>[] types = types(type, where);
        if (types[0] != boxed) {
            throw new MappingException("@Convert(converter = " + type.getSimpleName() + ".class) on " + where + " converts "
                    + types[0].getName() + ", but the field is a " + f.getType().getName() + "; use a converter for "
                    + f.getType().getSimpleName());
        }
        Class<?> stored = Types.boxed(types[1]);
        if (!Codec.supports(stored) || stored.isArray() && stored != byte[].class) {
            throw new MappingException("@Convert(converter = " + type.getSimpleName() + ".class) on " + where + " stores "
                    + stored.getName() + ", which DuoORM cannot map; convert to a type it maps (String, a number, a date...)");
        }
        return new Converted(instance(type, where), stored);
    }

    /** The converter's {@code <A, D>}, from the class, a superclass or an interface that implements AttributeConverter. */
    private static Class<?>[] types(Class<?> converter, String where) {
        for (Class<?> c = converter; c != null && c != Object.class; c = c.getSuperclass()) {
            ParameterizedType p = declared(c);
            if (p != null) {
                return new Class<?>[] {raw(p.getActualTypeArguments()[0], converter, where),
                    raw(p.getActualTypeArguments()[1], converter, where)};
            }
        }
        throw new MappingException("@Convert(converter = " + converter.getSimpleName() + ".class) on " + where
                + ": cannot tell its types; implement AttributeConverter<FieldType, DatabaseType> with concrete types");
    }

    private static ParameterizedType declared(Class<?> type) {
        for (Type t : type.getGenericInterfaces()) {
            if (t instanceof ParameterizedType p && p.getRawType() == AttributeConverter.class) {
                return p;
            }
            Class<?> raw = t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
            ParameterizedType inherited = declared(raw);
            if (inherited != null) {
                return inherited;
            }
        }
        return null;
    }

    private static Class<?> raw(Type t, Class<?> converter, String where) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        throw new MappingException("@Convert(converter = " + converter.getSimpleName() + ".class) on " + where
                + ": cannot tell its types; implement AttributeConverter<FieldType, DatabaseType> with concrete types");
    }

    @SuppressWarnings("unchecked")
    private static AttributeConverter<Object, Object> instance(Class<?> type, String where) {
        try {
            Constructor<?> made = type.getDeclaredConstructor();
            made.setAccessible(true);
            return (AttributeConverter<Object, Object>) made.newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new MappingException("@Convert(converter = " + type.getSimpleName() + ".class) on " + where + ": cannot "
                    + "create the converter; it needs a constructor without parameters (any visibility)", e);
        }
    }
}
