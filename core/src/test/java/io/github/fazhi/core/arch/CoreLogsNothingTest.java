package io.github.fazhi.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** A library logs nothing and prints nothing (its readers report problems as exceptions). */
@AnalyzeClasses(packages = "io.github.fazhi.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreLogsNothingTest {

    @ArchTest
    static final ArchRule corePrintsAndLogsNothing = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.core..")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("java.util.logging..")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.lang.System$Logger");
}
