package io.github.fazhi.validation.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.github.fazhi.validation", importOptions = ImportOption.DoNotIncludeTests.class)
class ValidationArchitectureTest {

    @ArchTest
    static final ArchRule validationDependsOnlyOnCoreHibernateValidatorAndJacksonCore = classes()
            .that()
            .resideInAPackage("io.github.fazhi.validation..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "io.github.fazhi.validation..",
                    "io.github.fazhi.core..",
                    "java..",
                    "jakarta.validation..",
                    "org.hibernate.validator..",
                    // streaming only: no databind, no annotations
                    "tools.jackson.core..");

    @ArchTest
    static final ArchRule validationKnowsNothingOfTheModulesAboveIt = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.validation..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.github.fazhi.render..", "io.github.fazhi.assertj..", "io.github.fazhi.cli..");

    @ArchTest
    static final ArchRule hibernateValidatorInternalsStayOutOfThePublicApi = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.validation")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.hibernate.validator.internal..");

    @ArchTest
    static final ArchRule nothingUsesHibernateValidatorInternals = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.validation..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.hibernate.validator.internal..");
}
