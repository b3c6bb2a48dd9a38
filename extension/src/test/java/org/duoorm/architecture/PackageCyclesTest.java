package org.duoorm.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * No package of the api or the extension depends, directly or through others, on a package that depends on it:
 * every package under {@code org.duoorm} (the root included) is its own slice, and the slices form no cycle.
 */
class PackageCyclesTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.duoorm");

    /** One slice per Java package: a cycle between a package and its own subpackage counts too. */
    static final SliceAssignment BY_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            return type.getPackageName().startsWith("org.duoorm")
                    ? SliceIdentifier.of(type.getPackageName())
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "one slice per package of org.duoorm";
        }
    };

    @Test
    void importsTheApiAndTheExtension() {
        // the rule below proves nothing if the classes it reads are not the ones we ship
        for (String name : new String[] {"org.duoorm.Database", "org.duoorm.DatabaseProvider",
                "org.duoorm.internal.db.DuoDatabase", "org.duoorm.internal.jdbc.JdbcPool",
                "org.duoorm.internal.reactive.ReactiveEngine", "org.duoorm.internal.model.ModelOps"}) {
            assertTrue(CLASSES.contain(name), name + " not imported");
        }
    }

    @Test
    void packagesFormNoCycle() {
        slices().assignedFrom(BY_PACKAGE).should().beFreeOfCycles().check(CLASSES);
    }
}
