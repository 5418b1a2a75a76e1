package io.github.fazhi.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.github.fazhi.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class CliArchitectureTest {

    @ArchTest
    static final ArchRule usesOnlyThePublicApiOfTheOtherModules = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.github.fazhi.core.internal..",
                    "io.github.fazhi.validation.internal..",
                    "io.github.fazhi.render.internal..",
                    "io.github.fazhi.docx.internal..",
                    "io.github.fazhi.review.internal..");

    @ArchTest
    static final ArchRule dependsOnFazhiPicocliAndTheJdk = classes()
            .that()
            .resideInAPackage("io.github.fazhi.cli..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("io.github.fazhi..", "picocli..", "java..", "javax..");
}
