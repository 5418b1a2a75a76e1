package io.github.fazhi.pdf.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The PDF reader's extractor knows the format, never the genre: it uses core's reading API and PDFBox, not
 * the structure reader's parser, classifier or lexicon, and it logs and prints nothing.
 */
@AnalyzeClasses(packages = "io.github.fazhi.pdf", importOptions = ImportOption.DoNotIncludeTests.class)
class PdfReaderArchitectureTest {

    @ArchTest
    static final ArchRule theExtractorUsesCoresReadingApiAndPdfBox = classes()
            .that()
            .resideInAPackage("io.github.fazhi.pdf.internal.extract..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "io.github.fazhi.pdf.internal.extract..",
                    "io.github.fazhi.core",
                    "io.github.fazhi.core.read..",
                    "org.apache.pdfbox..",
                    "org.apache.fontbox..",
                    "java..");

    @ArchTest
    static final ArchRule theExtractorKnowsNoGenre = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.pdf.internal.extract..")
            .should()
            .dependOnClassesThat()
            .haveSimpleNameContaining("Classifier")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleName("StructureReader")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleName("Lexicon");

    @ArchTest
    static final ArchRule theReaderLogsAndPrintsNothing = noClasses()
            .that()
            .resideInAnyPackage("io.github.fazhi.pdf.internal.extract..")
            .or()
            .haveSimpleNameStartingWith("PdfReport")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.apache.logging..", "org.slf4j..", "java.util.logging..", "org.apache.commons.logging..")
            .orShould()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err");
}
