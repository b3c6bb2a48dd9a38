package org.duoorm.internal.model;

import java.lang.annotation.Annotation;
import java.util.List;
import org.duoorm.Database;
import org.duoorm.model.Models;

/** What the mapping tests read of the metadata that has no public face (yet). */
public final class MappingProbe {
    private MappingProbe() {
    }

    private static ModelMeta<?> meta(Database db, Class<?> model) {
        return ((BoundModel<?>) Models.of(db, model)).meta;
    }

    /** The key's sequence as {@code [quoted name, initial value, allocation size]}, or null. */
    public static List<Object> sequence(Database db, Class<?> model) {
        FieldMeta.Sequence s = meta(db, model).id.sequence;
        return s == null ? null : List.of(s.quoted(), s.initialValue(), s.allocationSize());
    }

    /** The query that fetches one value of the key's sequence. */
    public static String nextValueSql(Database db, Class<?> model) {
        ModelMeta<?> meta = meta(db, model);
        return meta.dialect.nextValues(meta.id.sequence.quoted());
    }

    /** A relationship's {@code @OrderBy}, resolved: {@code ["title ASC", "year DESC"]}. */
    public static List<String> order(Database db, Class<?> model, String relation) {
        return meta(db, model).link(relation).order.stream().map(SortKey::toString).toList();
    }

    public static boolean honoured(Class<? extends Annotation> type) {
        return AnnotationRules.honoured(type);
    }

    /**
     * The refusal of an annotation (its attributes at their defaults) wherever it may stand, or null when some place
     * honours it.
     */
    public static String refusal(Annotation a) {
        String refusal = null;
        for (AnnotationRules.Place place : AnnotationRules.Place.values()) {
            try {
                AnnotationRules.check(a, place, "Probe", "field", "fieldId");
                return null;
            } catch (org.duoorm.MappingException e) {
                refusal = e.getMessage();
            }
        }
        return refusal;
    }
}
