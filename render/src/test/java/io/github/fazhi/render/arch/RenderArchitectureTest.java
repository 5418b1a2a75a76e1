package io.github.fazhi.render.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.github.fazhi.render", importOptions = ImportOption.DoNotIncludeTests.class)
class RenderArchitectureTest {

    @ArchTest
    static final ArchRule renderDependsOnlyOnCoreAndTheJdk = classes()
            .that()
            .resideInAPackage("io.github.fazhi.render..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("io.github.fazhi.render..", "io.github.fazhi.core", "java..");

    @ArchTest
    static final ArchRule renderUsesNoCoreInternals = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.render..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.github.fazhi.core.internal..");

    @ArchTest
    static final ArchRule theSpiKnowsNoFormat = noClasses()
            .that()
            .resideInAnyPackage("io.github.fazhi.render", "io.github.fazhi.render.internal")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.github.fazhi.render.text..",
                    "io.github.fazhi.render.markdown..",
                    "io.github.fazhi.render.html..");

    @ArchTest
    static final ArchRule textIsIndependentOfTheOtherFormats = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.render.text..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.github.fazhi.render.markdown..", "io.github.fazhi.render.html..");

    @ArchTest
    static final ArchRule markdownIsIndependentOfTheOtherFormats = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.render.markdown..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.github.fazhi.render.text..", "io.github.fazhi.render.html..");

    @ArchTest
    static final ArchRule htmlIsIndependentOfTheOtherFormats = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.render.html..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.github.fazhi.render.text..", "io.github.fazhi.render.markdown..");
}
