package io.github.fazhi.paged.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** fazhi-paged may depend on core, render and Apache FontBox, and on the JDK; it knows neither PDF nor OFD. */
@AnalyzeClasses(packages = "io.github.fazhi.paged", importOptions = ImportOption.DoNotIncludeTests.class)
class PagedArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnlyOnCoreRenderFontBoxAndTheJdk = classes()
            .that()
            .resideInAPackage("io.github.fazhi.paged..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "io.github.fazhi.paged..",
                    "io.github.fazhi.render",
                    "io.github.fazhi.render.layout..",
                    "io.github.fazhi.core",
                    "org.apache.fontbox..",
                    "org.apache.pdfbox.io..",
                    "java..");

    @ArchTest
    static final ArchRule logsNothing = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.paged..")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.commons.logging..", "org.slf4j..", "java.util.logging..");
}
