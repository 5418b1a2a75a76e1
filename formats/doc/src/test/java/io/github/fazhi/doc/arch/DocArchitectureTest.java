package io.github.fazhi.doc.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * fazhi-doc depends on core and Apache POI only (DESIGN.md); its extractor knows the format, never the
 * genre: it uses core's reading API, not the structure reader's parser, classifier or lexicon.
 */
@AnalyzeClasses(packages = "io.github.fazhi.doc", importOptions = ImportOption.DoNotIncludeTests.class)
class DocArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnlyOnCorePoiAndTheJdk = classes()
            .that()
            .resideInAPackage("io.github.fazhi.doc..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("io.github.fazhi.doc..", "io.github.fazhi.core..", "org.apache.poi..", "java..");

    @ArchTest
    static final ArchRule theExtractorKnowsNoGenre = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.doc.internal..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.github.fazhi.core.internal..", "io.github.fazhi.core.lexicon..")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleNameContaining("Classifier")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleName("StructureReader");

    @ArchTest
    static final ArchRule logsAndPrintsNothing = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.doc..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.logging..", "org.slf4j..", "java.util.logging..")
            .orShould()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err");
}
