package org.duoorm.processor;

import java.util.List;

/** The text of one metamodel class. */
final class Source {
    private final String model;
    private final String name;
    private final String pkg;
    private final List<String> columns;

    Source(String model, String name, String pkg, List<String> columns) {
        this.model = model;
        this.name = name;
        this.pkg = pkg;
        this.columns = columns;
    }

    String render() {
        StringBuilder s = new StringBuilder();
        if (!pkg.isEmpty()) {
            s.append("package ").append(pkg).append(";\n\n");
        }
        s.append("/** The metamodel of {@link ").append(model).append("}: typed columns and class-level operations. Generated. */\n")
                .append("@javax.annotation.processing.Generated(\"org.duoorm.processor.MetamodelProcessor\")\n")
                .append("@SuppressWarnings({\"rawtypes\", \"unchecked\", \"varargs\"})\n")
                .append("public final class ").append(name).append(" {\n");
        for (String c : columns) {
            s.append("    public static final ").append(c).append(";\n");
        }
        s.append("\n    private ").append(name).append("() {\n    }\n");
        String m = model;
        method(s, "The model's operations on the database it belongs to.", "org.duoorm.model.ModelType<" + m + ">", "model()",
                "org.duoorm.model.Models.of(" + m + ".class)");
        method(s, "The model's operations on a given database (it must be registered there).", "org.duoorm.model.ModelType<" + m + ">",
                "on(org.duoorm.Database database)", "org.duoorm.model.Models.of(database, " + m + ".class)");
        method(s, "A query on every row.", "org.duoorm.model.Query<" + m + ">", "query()", "model().query()");
        s.append("\n    /** A query with ANDed conditions. */\n    @SafeVarargs\n    public static org.duoorm.model.Query<").append(m)
                .append("> where(org.duoorm.model.Condition<").append(m).append(">... conditions) {\n        return model().query().where(java.util.Arrays.asList(conditions));\n    }\n");
        method(s, "Sorts by keys from user input, checked against the metadata.", "org.duoorm.model.Query<" + m + ">",
                "orderBy(String... keys)", "model().query().orderBy(keys)");
        method(s, "By primary key; empty when absent.", "java.util.Optional<" + m + ">", "get(Object id)", "model().get(id)");
        method(s, "Every row.", "java.util.List<" + m + ">", "all()", "model().all()");
        method(s, "The number of rows.", "long", "count()", "model().count()");
        method(s, "Creates a row from values by field name.", m, "create(java.util.Map<String, ?> payload)", "model().create(payload)");
        method(s, "Creates a row from a record or object.", m, "create(Object payload)", "model().create(payload)");
        method(s, "Creates rows in batches; returns the count.", "int", "createBulk(java.util.Collection<?> payloads)",
                "model().createBulk(payloads)");
        method(s, "Creates rows in batches; returns them with generated keys.", "java.util.List<" + m + ">",
                "createBulkReturning(java.util.Collection<?> payloads)", "model().createBulkReturning(payloads)");
        method(s, "Raw SQL mapped to models.", "java.util.List<" + m + ">", "sql(String sql, Object... params)", "model().sql(sql, params)");
        method(s, "The reactive twins of the class-level operations.", "org.duoorm.model.ReactiveModelType<" + m + ">", "reactive()",
                "model().reactive()");
        return s.append("}\n").toString();
    }

    private static void method(StringBuilder s, String doc, String type, String signature, String body) {
        s.append("\n    /** ").append(doc).append(" */\n    public static ").append(type).append(' ').append(signature)
                .append(" {\n        return ").append(body).append(";\n    }\n");
    }
}
