package org.duoorm.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.duoorm.Row;

/** Maps rows of raw SQL to models by column label (any case); the label-to-field plan is made once per result. */
final class RowMapping {
    private RowMapping() {
    }

    static <T> List<T> map(ModelMeta<T> meta, List<Row> rows) {
        List<T> out = new ArrayList<>(rows.size());
        if (rows.isEmpty()) {
            return out;
        }
        FieldMeta[] plan = plan(meta, rows.get(0).columns());
        for (Row row : rows) {
            T model = meta.newInstance();
            for (int i = 0; i < plan.length; i++) {
                if (plan[i] != null) {
                    plan[i].load(model, row.get(i));
                }
            }
            out.add(model);
        }
        return out;
    }

    private static FieldMeta[] plan(ModelMeta<?> meta, List<String> labels) {
        FieldMeta[] plan = new FieldMeta[labels.size()];
        for (int i = 0; i < plan.length; i++) {
            String label = labels.get(i).toLowerCase(Locale.ROOT);
            for (FieldMeta f : meta.fields) {
                if (f.column.toLowerCase(Locale.ROOT).equals(label)) {
                    plan[i] = f;
                }
            }
        }
        return plan;
    }
}
