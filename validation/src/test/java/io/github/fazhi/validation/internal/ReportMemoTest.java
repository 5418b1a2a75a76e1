package io.github.fazhi.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.testing.ReportGenerator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * What {@link ReportMemo} keeps per validation is what computing afresh gives: the text units
 * ({@link Texts#collectUnits}), the item-3 content ({@link FirstResponsiblePerson#locate}) and the numbering issues
 * ({@link NumberingAnalysis#analyzeAfresh}); kept per report (by identity) and per thread, and unmodifiable.
 */
class ReportMemoTest {

    private static AnnualReport report(long seed) {
        return new ReportGenerator(seed, ReportGenerator.Options.defaults().withTargetSize(3000))
                .generated(0)
                .report();
    }

    @Test
    void keptValuesAreTheComputedOnesAndAreKeptForTheSameReportOnly() {
        for (long seed = 1; seed <= 20; seed++) {
            AnnualReport r = report(seed);
            var content = FirstResponsiblePerson.find(r);
            List<NumberingAnalysis.Issue> issues = NumberingAnalysis.analyze(r);
            assertThat(content).isEqualTo(FirstResponsiblePerson.locate(r));
            assertThat(issues).isEqualTo(NumberingAnalysis.analyzeAfresh(r));
            // asked again in the same validation (the units in between, as the rules do): the same objects
            Texts.units(r);
            assertThat(FirstResponsiblePerson.find(r)).isSameAs(content);
            assertThat(NumberingAnalysis.analyze(r)).isSameAs(issues);
        }
    }

    @Test
    void keptCoverageIsTheOneFoundAfreshAndAnotherContentIsFoundAfresh() {
        int covered = 0;
        for (long seed = 1; seed <= 20; seed++) {
            AnnualReport r = report(seed);
            var content = FirstResponsiblePerson.find(r);
            if (content.isEmpty()) {
                continue;
            }
            covered++;
            FirstResponsiblePerson.Coverage kept = FirstResponsiblePerson.coverage(r, content.get());
            assertThat(kept).isEqualTo(FirstResponsiblePerson.coverageAfresh(r, content.get()));
            assertThat(FirstResponsiblePerson.coverage(r, content.get())).isSameAs(kept);
            // an equal content that is not the report's own is looked at afresh
            var other = FirstResponsiblePerson.locate(r).orElseThrow();
            assertThat(FirstResponsiblePerson.coverage(r, other))
                    .isNotSameAs(kept)
                    .isEqualTo(kept);
        }
        assertThat(covered).as("reports with an item-3 content").isGreaterThan(10);
    }

    @Test
    void anEqualReportIsAnotherReport() {
        AnnualReport a = report(5);
        AnnualReport equal = report(5);
        List<NumberingAnalysis.Issue> ofA = NumberingAnalysis.analyze(a);
        assertThat(NumberingAnalysis.analyze(equal)).isNotSameAs(ofA).isEqualTo(ofA);
        assertThat(NumberingAnalysis.analyze(a)).isNotSameAs(ofA).isEqualTo(ofA);
    }

    @Test
    void eachThreadComputesItsOwnAndTheKeptListsCannotBeChanged() throws Exception {
        AnnualReport r = report(9);
        List<NumberingAnalysis.Issue> here = NumberingAnalysis.analyze(r);
        List<NumberingAnalysis.Issue> there = CompletableFuture.supplyAsync(() -> NumberingAnalysis.analyze(r))
                .get();
        assertThat(there).isNotSameAs(here).isEqualTo(here);
        assertThatThrownBy(here::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void keptUnitsAreTheCollectedOnes() {
        for (long seed = 1; seed <= 20; seed++) {
            AnnualReport r = report(seed);
            List<Texts.Unit> first = Texts.units(r);
            assertThat(first).containsExactlyElementsOf(Texts.collectUnits(r));
            assertThat(Texts.units(r)).isSameAs(first);
        }
    }

    @Test
    void anotherReportGetsItsOwnUnitsAndAnEqualReportIsNotTakenForTheSame() {
        AnnualReport a = report(7);
        AnnualReport b = report(8);
        AnnualReport sameAsA = report(7);
        List<Texts.Unit> ofA = Texts.units(a);
        assertThat(Texts.units(b)).containsExactlyElementsOf(Texts.collectUnits(b));
        List<Texts.Unit> ofEqual = Texts.units(sameAsA);
        assertThat(ofEqual).isNotSameAs(ofA).containsExactlyElementsOf(Texts.collectUnits(sameAsA));
    }

    @Test
    void eachThreadKeepsItsOwnAndTheUnitsCannotBeChanged() throws Exception {
        AnnualReport r = report(3);
        List<Texts.Unit> here = Texts.units(r);
        List<Texts.Unit> there =
                CompletableFuture.supplyAsync(() -> Texts.units(r)).get();
        assertThat(there).isNotSameAs(here).containsExactlyElementsOf(here);
        assertThatThrownBy(() -> here.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }
}
