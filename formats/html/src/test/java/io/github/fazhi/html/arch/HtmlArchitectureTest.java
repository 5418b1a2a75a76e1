package io.github.fazhi.html.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * fazhi-html depends on core and jsoup only (DESIGN.md); its extractor knows pages, never the genre (it takes the
 * portal's field labels from the lexicon's page-furniture words, the one place the project keeps them, and no
 * classifier or structure reading), and it logs and prints nothing.
 */
@AnalyzeClasses(packages = "io.github.fazhi.html", importOptions = ImportOption.DoNotIncludeTests.class)
class HtmlArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnlyOnCoreJsoupAndTheJdk = classes()
            .that()
            .resideInAPackage("io.github.fazhi.html..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("io.github.fazhi.html..", "io.github.fazhi.core..", "org.jsoup..", "java..");

    @ArchTest
    static final ArchRule theExtractorKnowsNoGenre = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.html.internal..")
            .should()
            .dependOnClassesThat()
            .haveSimpleNameContaining("Classifier")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleName("StructureReader")
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("io.github.fazhi.core.internal..");

    @ArchTest
    static final ArchRule logsAndPrintsNothing = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.html..")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err");
}
