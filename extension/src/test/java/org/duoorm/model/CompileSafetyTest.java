package org.duoorm.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/** Typed columns: the compiler rejects comparing a column with a value of another type, and accepts the right one. */
class CompileSafetyTest {

    private static String last = "";

    private static boolean compiles(String condition) throws IOException {
        Path dir = Files.createTempDirectory("duo-compile");
        Path src = dir.resolve("Probe.java");
        Files.writeString(src, "package org.duoorm.model;\n"
                + "class Probe {\n"
                + "  static Condition<QueryTest.User> c() { return " + condition + "; }\n"
                + "}\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter out = new StringWriter();
        String cp = System.getProperty("java.class.path");
        boolean ok = javac.getTask(out, null, null, List.of("-proc:none", "-cp", cp, "-d", dir.toString()), null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(new File(src.toString()))).call();
        if (!ok) {
            last = out.toString();
        }
        return ok;
    }

    @Test
    void aColumnTakesOnlyItsOwnType() throws IOException {
        assertTrue(compiles("QueryTest_User_.age.ge(18)"), () -> last);
        assertTrue(compiles("QueryTest_User_.name.icontains(\"a\")"));
        assertFalse(compiles("QueryTest_User_.age.eq(\"x\")"), "an Integer column with a String");
        assertFalse(compiles("QueryTest_User_.name.gt(3)"), "a String column with an int");
        assertFalse(compiles("QueryTest_User_.age.contains(\"1\")"), "text matching on a number");
        assertFalse(compiles("CrudTest_Person_.age.eq(3)"), "a column of another model");
    }
}
