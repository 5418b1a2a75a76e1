package io.github.fazhi.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The examples show how an app embeds fazhi: through its public API only. */
@AnalyzeClasses(packages = "io.github.fazhi.examples", importOptions = ImportOption.DoNotIncludeTests.class)
class ExamplesArchitectureTest {

    @ArchTest
    static final ArchRule examplesUseOnlyTheJdkAndFazhi = classes()
            .that()
            .resideInAPackage("io.github.fazhi.examples..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "io.github.fazhi..");

    @ArchTest
    static final ArchRule examplesUseNoInternalPackage = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.examples..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.github.fazhi..internal..");
}
