package io.github.fazhi.review;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.github.fazhi.review", importOptions = ImportOption.DoNotIncludeTests.class)
class ReviewArchitectureTest {

    @ArchTest
    static final ArchRule usesOnlyThePublicApiOfTheOtherModules = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.review..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.github.fazhi.core.internal..",
                    "io.github.fazhi.validation.internal..",
                    "io.github.fazhi.render.internal..");

    @ArchTest
    static final ArchRule knowsNoFormatModuleNorTheCommandLine = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.review..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.github.fazhi.docx..",
                    "io.github.fazhi.pdf..",
                    "io.github.fazhi.ofd..",
                    "io.github.fazhi.cli..");

    @ArchTest
    static final ArchRule writesJsonWithTheStreamingApiOnly = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.review..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("tools.jackson.databind..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule printsAndLogsNothing = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.review..")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("java.util.logging..", "org.slf4j..", "org.apache.logging..");
}
