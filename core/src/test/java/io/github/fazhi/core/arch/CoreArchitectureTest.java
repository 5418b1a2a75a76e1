package io.github.fazhi.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.github.fazhi.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule coreDependsOnlyOnTheJdkAndJacksonCore = classes()
            .that()
            .resideInAPackage("io.github.fazhi.core..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "io.github.fazhi.core..",
                    "java..",
                    // streaming only: no databind, no annotations
                    "tools.jackson.core..");

    @ArchTest
    static final ArchRule coreKnowsNothingOfTheOtherModules = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.github.fazhi.validation..",
                    "io.github.fazhi.render..",
                    "io.github.fazhi.assertj..",
                    "io.github.fazhi.cli..");
}
