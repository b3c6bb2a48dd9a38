package org.duoorm.model.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Table;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duoorm.internal.model.MappingProbe;
import org.junit.jupiter.api.Test;

/**
 * Every annotation type of {@code jakarta.persistence} is honoured somewhere or refused with an alternative, and the
 * "Mapping annotations" table of docs/models.md lists each once with what the code does.
 */
class MappingAnnotationsWhitelistTest {
    private static final Path DOCS = Path.of("..", "docs", "models.md");

    @SuppressWarnings("unchecked")
    static List<Class<? extends Annotation>> annotationTypes() throws IOException, ClassNotFoundException {
        List<Class<? extends Annotation>> out = new ArrayList<>();
        String jar = Path.of(java.net.URI.create(Table.class.getProtectionDomain().getCodeSource().getLocation().toString()))
                .toString();
        try (JarFile file = new JarFile(jar)) {
            for (JarEntry e : java.util.Collections.list(file.entries())) {
                String name = e.getName();
                if (name.startsWith("jakarta/persistence/") && name.endsWith(".class") && name.indexOf('/', 20) < 0
                        && !name.contains("$")) {
                    Class<?> type = Class.forName(name.replace('/', '.').replace(".class", ""));
                    if (type.isAnnotation()) {
                        out.add((Class<? extends Annotation>) type);
                    }
                }
            }
        }
        assertTrue(out.size() > 80, "found the annotation types: " + out.size());
        return out;
    }

    /** An instance of the annotation with every attribute at its default (null where there is none). */
    static Annotation defaults(Class<? extends Annotation> type) {
        return (Annotation) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "annotationType" -> type;
                    case "toString" -> "@" + type.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> method.getDefaultValue();
                });
    }

    @Test
    void everyAnnotationIsHonouredOrRefusedWithAnAlternative() throws Exception {
        for (Class<? extends Annotation> type : annotationTypes()) {
            String refusal = MappingProbe.refusal(defaults(type));
            if (MappingProbe.honoured(type)) {
                assertNull(refusal, type.getSimpleName() + " is honoured with its defaults somewhere");
            } else {
                assertNotNull(refusal, type.getSimpleName());
                assertTrue(refusal.startsWith("@" + type.getSimpleName() + " on Probe is not supported by DuoORM: "), refusal);
                if (type.getAnnotation(java.lang.annotation.Target.class) == null
                        || type.getAnnotation(java.lang.annotation.Target.class).value().length > 0) {
                    assertNotEquals("@" + type.getSimpleName() + " on Probe is not supported by DuoORM: remove it", refusal,
                            "an annotation that can stand on a model says what to use instead");
                }
            }
        }
    }

    @Test
    void theDocumentationListsEachAnnotationOnceAsTheCodeDoes() throws Exception {
        Map<String, String> documented = documented();
        List<String> missing = new ArrayList<>();
        for (Class<? extends Annotation> type : annotationTypes()) {
            String status = documented.remove(type.getSimpleName());
            if (status == null) {
                missing.add(type.getSimpleName());
            } else {
                assertEquals(MappingProbe.honoured(type) ? "honoured" : "refused", status, type.getSimpleName());
            }
        }
        assertEquals(List.of(), missing, "not in the table of docs/models.md");
        assertEquals(Map.of("NotNull", "honoured", "NotBlank", "honoured", "NotEmpty", "honoured", "Size", "honoured"),
                documented, "only the Bean Validation rows are not jakarta.persistence");
    }

    @Test
    void theTestsTheTableNamesExist() throws Exception {
        Matcher m = Pattern.compile("`(MappingAnnotations\\w+Test|\\w+Test)`").matcher(section());
        int found = 0;
        while (m.find()) {
            String name = m.group(1);
            String pkg = name.startsWith("MappingAnnotations") ? "org.duoorm.model.mapping." : "org.duoorm.model.";
            Class.forName(pkg + name);
            found++;
        }
        assertTrue(found > 40, "every row names its tests: " + found);
    }

    /** Annotation simple name to "honoured" or "refused", from the table's rows. */
    private static Map<String, String> documented() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : section().split("\n")) {
            String[] cells = line.split("\\|");
            if (!line.startsWith("| ") || cells.length < 4 || cells[1].contains("Annotation")) {
                continue;
            }
            String status = cells[2].trim();
            assertTrue(status.equals("honoured") || status.equals("refused"), line);
            Matcher m = Pattern.compile("`@(\\w+)`").matcher(cells[1]);
            while (m.find()) {
                assertNull(out.put(m.group(1), status), "listed twice: " + m.group(1));
            }
        }
        return out;
    }

    private static String section() throws IOException {
        String docs = Files.readString(DOCS);
        int start = docs.indexOf("## Mapping annotations");
        int end = docs.indexOf("\n## ", start + 1);
        assertTrue(start >= 0 && end > start, "docs/models.md has a 'Mapping annotations' section");
        return docs.substring(start, end);
    }
}
