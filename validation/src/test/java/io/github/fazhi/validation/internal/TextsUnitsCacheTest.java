package io.github.fazhi.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.testing.ReportGenerator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * {@link Texts#units} keeps the units of the report its thread asked for last, so the rules that scan all the
 * text collect them once per validation; {@link Texts#collectUnits} (collecting afresh) is the reference.
 */
class TextsUnitsCacheTest {

    private static AnnualReport report(long seed) {
        return new ReportGenerator(seed, ReportGenerator.Options.defaults().withTargetSize(3000))
                .generated(0)
                .report();
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
