package io.github.fazhi.pdf.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** fazhi-pdf's renderer lays out through fazhi-paged, knows no other format module, and prints nothing. */
@AnalyzeClasses(packages = "io.github.fazhi.pdf", importOptions = ImportOption.DoNotIncludeTests.class)
class PdfArchitectureTest {

    @ArchTest
    static final ArchRule knowsNoOtherFormatNorValidationAssertjOrCli = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.pdf..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.github.fazhi.ofd..",
                    "io.github.fazhi.docx..",
                    "io.github.fazhi.validation..",
                    "io.github.fazhi.assertj..",
                    "io.github.fazhi.cli..");

    @ArchTest
    static final ArchRule printsNothing = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.pdf..")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err");
}
