package io.github.fazhi.ofd.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** fazhi-ofd's renderer lays out through fazhi-paged, knows no other format module, and prints nothing. */
@AnalyzeClasses(packages = "io.github.fazhi.ofd", importOptions = ImportOption.DoNotIncludeTests.class)
class OfdArchitectureTest {

    @ArchTest
    static final ArchRule knowsNoOtherFormatNorValidationAssertjOrCli = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.ofd..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.github.fazhi.pdf..",
                    "io.github.fazhi.docx..",
                    "io.github.fazhi.validation..",
                    "io.github.fazhi.assertj..",
                    "io.github.fazhi.cli..");

    @ArchTest
    static final ArchRule printsNothing = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.ofd..")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err");
}
