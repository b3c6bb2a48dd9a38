package org.duoorm.internal.model;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import org.duoorm.MappingException;
import org.duoorm.model.Json;

/**
 * A field's column details, from {@code @Column}, {@code @Basic}, {@code @Lob}, {@code @Enumerated}, {@code @Json}
 * and the Bean Validation constraints that shape a column ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty},
 * {@code @Size(max)}). Those are found by their type's name, so that {@code jakarta.validation} need not be present.
 * An attribute that cannot apply to the column's type is refused rather than ignored.
 */
final class ColumnDetails {
    /** The default of {@code @Column(length)}: a length other than this one was given. */
    static final int DEFAULT_LENGTH = 255;
    private static final String VALIDATION = "jakarta.validation.constraints.";
    private static final String DEFAULT_GROUP = "jakarta.validation.groups.Default";

    private ColumnDetails() {
    }

    /**
     * @param stored the Java type of the column's values (a converter's database type for a converted field)
     * @param converted whether the field has {@code @Convert}
     */
    static FieldMeta.Details read(Field f, Class<?> stored, boolean converted) {
        String where = f.getDeclaringClass().getName() + "." + f.getName();
        Column c = f.getAnnotation(Column.class);
        boolean lob = lob(f, stored, where);
        boolean byName = enumerated(f, converted, where);
        boolean json = f.isAnnotationPresent(Json.class) || stored == java.util.Map.class || stored == java.util.List.class;
        boolean text = stored == String.class && !lob && !json || stored.isEnum() && byName;
        int size = maxSize(f);
        if (c == null) {
            int length = text && size > 0 ? size : DEFAULT_LENGTH;
            return new FieldMeta.Details(length, 38, 2, lob, byName, nullable(f), false, "", true, true, json);
        }
        checkSizes(c, text, stored, where);
        int length = c.length() != DEFAULT_LENGTH || !text || size <= 0 ? c.length() : size;
        boolean scaled = c.precision() > 0 || c.scale() > 0;
        return new FieldMeta.Details(length, c.precision() > 0 ? c.precision() : 38, scaled ? c.scale() : 2, lob, byName,
                c.nullable() && nullable(f), c.unique(), c.columnDefinition(), c.insertable(), c.updatable(), json);
    }

    private static boolean lob(Field f, Class<?> stored, String where) {
        boolean lob = f.isAnnotationPresent(Lob.class);
        if (lob && stored != String.class && stored != byte[].class) {
            throw new MappingException("@Lob on " + where + " needs a String or byte[] field (long text or binary); "
                    + "remove it for a " + stored.getSimpleName());
        }
        return lob;
    }

    private static boolean enumerated(Field f, boolean converted, String where) {
        Enumerated e = f.getAnnotation(Enumerated.class);
        if (e != null && (converted || !f.getType().isEnum())) {
            throw new MappingException("@Enumerated on " + where + " needs an enum field without @Convert");
        }
        return e != null && e.value() == EnumType.STRING;
    }

    /** A length, precision or scale that the column's type cannot take would be ignored: refused instead. */
    private static void checkSizes(Column c, boolean text, Class<?> stored, String where) {
        boolean defined = !c.columnDefinition().isEmpty();
        String why = null;
        String given = null;
        if (c.length() != DEFAULT_LENGTH) {
            given = "length = " + c.length();
            why = defined ? "columnDefinition gives the whole column type; put the length there"
                    : text ? null : "length applies to text columns (String, enums by name), not to a " + stored.getSimpleName();
        }
        if (why == null && (c.precision() != 0 || c.scale() != 0)) {
            given = c.precision() != 0 ? "precision = " + c.precision() : "scale = " + c.scale();
            why = defined ? "columnDefinition gives the whole column type; put the precision and scale there"
                    : stored == BigDecimal.class ? null : "precision and scale apply to BigDecimal fields, not to a "
                            + stored.getSimpleName();
        }
        if (why != null) {
            throw new MappingException("@Column(" + given + ") on " + where + " is not honoured: " + why);
        }
    }

    /** False when {@code @Basic(optional = false)} or a Bean Validation constraint of the default group forbids null. */
    private static boolean nullable(Field f) {
        Basic basic = f.getAnnotation(Basic.class);
        if (basic != null && !basic.optional()) {
            return false;
        }
        for (Annotation a : f.getDeclaredAnnotations()) {
            String name = a.annotationType().getName();
            if ((name.equals(VALIDATION + "NotNull") || name.equals(VALIDATION + "NotBlank") || name.equals(VALIDATION + "NotEmpty"))
                    && defaultGroup(a)) {
                return false;
            }
        }
        return true;
    }

    /** {@code @Size(max)} of the default group, or 0. */
    private static int maxSize(Field f) {
        for (Annotation a : f.getDeclaredAnnotations()) {
            if (a.annotationType().getName().equals(VALIDATION + "Size") && defaultGroup(a)) {
                int max = (Integer) attribute(a, "max");
                return max == Integer.MAX_VALUE ? 0 : max;
            }
        }
        return 0;
    }

    /** A constraint of another group is not always checked, so it cannot shape the column. */
    private static boolean defaultGroup(Annotation a) {
        Class<?>[] groups = (Class<?>[]) attribute(a, "groups");
        for (Class<?> g : groups) {
            if (g.getName().equals(DEFAULT_GROUP)) {
                return true;
            }
        }
        return groups.length == 0;
    }

    private static Object attribute(Annotation a, String name) {
        try {
            return a.annotationType().getMethod(name).invoke(a);
        } catch (ReflectiveOperationException e) {
            throw new MappingException("Cannot read @" + a.annotationType().getSimpleName() + "." + name, e);
        }
    }
}
