package io.github.fazhi.docx.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** fazhi-docx may depend on core, render and Apache POI (DESIGN.md), and on the JDK. */
@AnalyzeClasses(packages = "io.github.fazhi.docx", importOptions = ImportOption.DoNotIncludeTests.class)
class DocxArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnlyOnCoreRenderPoiAndTheJdk = classes()
            .that()
            .resideInAPackage("io.github.fazhi.docx..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "io.github.fazhi.docx..",
                    "io.github.fazhi.render",
                    "io.github.fazhi.render.layout..",
                    "io.github.fazhi.render.spi..",
                    "io.github.fazhi.core..",
                    "org.apache.poi..",
                    // only ZipArchiveEntry, which POI's ZipEntrySource speaks (the reader hands POI its entries)
                    "org.apache.commons.compress.archivers.zip..",
                    "org.apache.xmlbeans..",
                    "org.openxmlformats.schemas..",
                    "java..",
                    "javax.xml..",
                    "org.w3c.dom..",
                    "org.xml.sax..");

    @ArchTest
    static final ArchRule knowsNothingOfValidationAssertjOrCli = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.docx..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.github.fazhi.validation..", "io.github.fazhi.assertj..", "io.github.fazhi.cli..");

    @ArchTest
    static final ArchRule logsNothing = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.docx..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.logging..", "org.slf4j..", "java.util.logging..")
            .orShould()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err");
}
