package io.github.fazhi.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Core depends only on the JDK, Jackson and jakarta.validation-api, and logs nothing (DESIGN.md). */
@AnalyzeClasses(packages = "io.github.fazhi.core", importOptions = ImportOption.DoNotIncludeTests.class)
class PlainTextReaderArchitectureTest {

    @ArchTest
    static final ArchRule coreDependsOnlyOnTheJdkJacksonAndValidationApi = classes()
            .that()
            .resideInAPackage("io.github.fazhi.core..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "tools.jackson..", "jakarta.validation..", "io.github.fazhi.core..");

    @ArchTest
    static final ArchRule aLibraryPrintsNothing = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.core..")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("java.util.logging..", "java.lang.System$Logger");

    @ArchTest
    static final ArchRule onlyCoreUsesItsInternalPackage = classes()
            .that()
            .resideInAPackage("io.github.fazhi.core.internal..")
            .should()
            .onlyBeAccessed()
            .byClassesThat()
            .resideInAPackage("io.github.fazhi.core..");
}
