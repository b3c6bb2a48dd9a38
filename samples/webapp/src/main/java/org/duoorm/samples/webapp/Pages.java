package org.duoorm.samples.webapp;

import java.util.Map;
import org.duoorm.model.Model;
import org.duoorm.model.Page;

/** A page of models as the JSON the endpoints answer: its items, the total, its number and size. */
final class Pages {
    private Pages() {
    }

    static Map<String, Object> json(Page<? extends Model<?>> page) {
        return Map.of("items", page.items().stream().map(Model::toMap).toList(),
                "total", page.total(), "number", page.number(), "size", page.size());
    }
}
