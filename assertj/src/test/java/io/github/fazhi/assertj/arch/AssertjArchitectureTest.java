package io.github.fazhi.assertj.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.github.fazhi.assertj", importOptions = ImportOption.DoNotIncludeTests.class)
class AssertjArchitectureTest {

    @ArchTest
    static final ArchRule assertjDependsOnlyOnCoreValidationAssertjAndTheJdk = classes()
            .that()
            .resideInAPackage("io.github.fazhi.assertj..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "io.github.fazhi.assertj..",
                    "io.github.fazhi.core",
                    "io.github.fazhi.validation",
                    "org.assertj.core..",
                    "java..");

    @ArchTest
    static final ArchRule noInternalsOfTheOtherModules = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.assertj..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.github.fazhi.core.internal..", "io.github.fazhi.validation.internal..");

    @ArchTest
    static final ArchRule noModuleAboveIt = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.assertj..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.github.fazhi.render..", "io.github.fazhi.cli..");

    @ArchTest
    static final ArchRule theApiDoesNotNeedHibernateValidatorOrJunit = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.assertj..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.hibernate..", "jakarta.validation..", "org.junit..");

    @ArchTest
    static final ArchRule aLibraryPrintsNothing = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.assertj..")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err");
}
