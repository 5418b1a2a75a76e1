package io.github.fazhi.ofd.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The OFD reader's extractor knows the format, never the genre: it uses core's reading API and ofdrw, not the
 * structure reader's parser, classifier or lexicon, and it logs and prints nothing.
 */
@AnalyzeClasses(packages = "io.github.fazhi.ofd", importOptions = ImportOption.DoNotIncludeTests.class)
class OfdReaderArchitectureTest {

    @ArchTest
    static final ArchRule theExtractorUsesCoresReadingApiAndOfdrw = classes()
            .that()
            .resideInAPackage("io.github.fazhi.ofd.internal.extract..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "io.github.fazhi.ofd.internal.extract..",
                    "io.github.fazhi.core",
                    "io.github.fazhi.core.read..",
                    "org.ofdrw..",
                    "java..",
                    "javax.xml.stream..");

    @ArchTest
    static final ArchRule theExtractorKnowsNoGenre = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.ofd.internal.extract..")
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
            .resideInAnyPackage("io.github.fazhi.ofd.internal.extract..")
            .or()
            .haveSimpleNameStartingWith("OfdReport")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err");
}
