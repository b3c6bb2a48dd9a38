package org.duoorm.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Generates the metamodel {@code User_} of each class annotated with {@code @Table} or {@code @Entity}:
 * one typed column per mapped field and the class-level entry points, delegating to
 * {@code org.duoorm.model.Models}.
 */
@SupportedAnnotationTypes({"jakarta.persistence.Table", "jakarta.persistence.Entity"})
public final class MetamodelProcessor extends AbstractProcessor {
    private static final Set<String> SKIPPED = Set.of("jakarta.persistence.Transient", "jakarta.persistence.ManyToOne",
            "jakarta.persistence.OneToMany", "jakarta.persistence.OneToOne", "jakarta.persistence.ManyToMany");
    private static final Set<String> NUMBERS = Set.of("java.lang.Integer", "java.lang.Long", "java.lang.Short",
            "java.lang.Byte", "java.lang.Double", "java.lang.Float", "java.math.BigDecimal", "java.math.BigInteger");
    private static final Set<String> ORDERED = Set.of("java.time.LocalDate", "java.time.LocalTime",
            "java.time.LocalDateTime", "java.time.Instant", "java.time.OffsetDateTime", "java.util.UUID");

    private final Set<String> done = new java.util.HashSet<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element e : round.getElementsAnnotatedWith(annotation)) {
                if (e.getKind() == ElementKind.CLASS && !e.getModifiers().contains(Modifier.ABSTRACT)
                        && done.add(((TypeElement) e).getQualifiedName().toString())) {
                    generate((TypeElement) e);
                }
            }
        }
        return false;
    }

    private void generate(TypeElement model) {
        String pkg = processingEnv.getElementUtils().getPackageOf(model).getQualifiedName().toString();
        String modelName = model.getQualifiedName().toString();
        String simple = metamodelName(model);
        String source = new Source(modelName, simple, pkg, columns(model)).render();
        try (Writer w = processingEnv.getFiler().createSourceFile((pkg.isEmpty() ? "" : pkg + ".") + simple, model).openWriter()) {
            w.write(source);
        } catch (IOException ex) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "Cannot write " + simple + ": " + ex, model);
        }
    }

    /** {@code User_}; for a nested class {@code Outer_Inner_}. */
    private static String metamodelName(TypeElement model) {
        StringBuilder name = new StringBuilder(model.getSimpleName());
        for (Element e = model.getEnclosingElement(); !(e instanceof PackageElement); e = e.getEnclosingElement()) {
            name.insert(0, e.getSimpleName() + "_");
        }
        return name.append('_').toString();
    }

    private List<String> columns(TypeElement model) {
        Deque<TypeElement> chain = new ArrayDeque<>();
        for (TypeElement t = model; t != null && !isRoot(t); t = superclass(t)) {
            chain.push(t);
        }
        List<String> out = new ArrayList<>();
        String modelName = model.getQualifiedName().toString();
        for (TypeElement t : chain) {
            for (VariableElement f : ElementFilter.fieldsIn(t.getEnclosedElements())) {
                if (isMapped(f)) {
                    out.add(column(modelName, f));
                }
            }
        }
        return out;
    }

    private static boolean isRoot(TypeElement t) {
        String n = t.getQualifiedName().toString();
        return n.equals("java.lang.Object") || n.equals("org.duoorm.model.Model");
    }

    private TypeElement superclass(TypeElement t) {
        TypeMirror s = t.getSuperclass();
        return s.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) s).asElement() : null;
    }

    private static boolean isMapped(VariableElement f) {
        Set<Modifier> m = f.getModifiers();
        if (m.contains(Modifier.STATIC) || m.contains(Modifier.TRANSIENT)) {
            return false;
        }
        return f.getAnnotationMirrors().stream()
                .noneMatch(a -> SKIPPED.contains(((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().toString()));
    }

    private String column(String model, VariableElement f) {
        TypeMirror type = f.asType();
        String name = f.getSimpleName().toString();
        String boxed = type.getKind().isPrimitive()
                ? processingEnv.getTypeUtils().boxedClass((javax.lang.model.type.PrimitiveType) type).getQualifiedName().toString()
                : processingEnv.getTypeUtils().erasure(type).toString();
        String args = model + ".class, \"" + name + "\"";
        boolean json = f.getAnnotationMirrors().stream()
                .anyMatch(a -> ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals("org.duoorm.model.Json"));
        if (json || boxed.equals("java.util.Map") || boxed.equals("java.util.List")) {
            return "org.duoorm.model.JsonColumn<" + model + ", " + boxed + "> " + name + " = org.duoorm.model.Columns.json(" + args + ", " + boxed + ".class)";
        }
        if (type.getKind() == TypeKind.ARRAY && !boxed.equals("byte[]")) {
            String component = boxed.substring(0, boxed.length() - 2);
            return "org.duoorm.model.ArrayColumn<" + model + ", " + component + "> " + name + " = org.duoorm.model.Columns.array(" + args + ", " + boxed + ".class)";
        }
        if (boxed.equals("java.lang.String")) {
            return "org.duoorm.model.StringColumn<" + model + "> " + name + " = org.duoorm.model.Columns.string(" + args + ")";
        }
        if (NUMBERS.contains(boxed)) {
            return "org.duoorm.model.NumberColumn<" + model + ", " + boxed + "> " + name + " = org.duoorm.model.Columns.number(" + args + ", " + boxed + ".class)";
        }
        if (ORDERED.contains(boxed)) {
            return "org.duoorm.model.ComparableColumn<" + model + ", " + boxed + "> " + name + " = org.duoorm.model.Columns.comparable(" + args + ", " + boxed + ".class)";
        }
        return "org.duoorm.model.Column<" + model + ", " + boxed + "> " + name + " = org.duoorm.model.Columns.of(" + args + ", " + boxed + ".class)";
    }
}
