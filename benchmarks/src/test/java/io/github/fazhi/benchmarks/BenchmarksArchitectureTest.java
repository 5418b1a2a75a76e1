package io.github.fazhi.benchmarks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The benchmarks may use every module (DESIGN.md), but only through its public API: a benchmark that
 * reached into an internal package would measure something no user can call.
 */
@AnalyzeClasses(packages = "io.github.fazhi.benchmarks", importOptions = ImportOption.DoNotIncludeTests.class)
class BenchmarksArchitectureTest {

    @ArchTest
    static final ArchRule onlyPublicApi = noClasses()
            .that()
            .resideInAPackage("io.github.fazhi.benchmarks..")
            .and()
            .haveNameNotMatching(".*jmh_generated.*")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.github.fazhi..internal..")
            .because("benchmarks measure what users can call");
}
