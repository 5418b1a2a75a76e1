package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberingLevelSkipRuleTest {

    @Test
    void levelsInOrderPass() {
        assertThat(findings(Samples.clean(), "numbering-level-skip")).isEmpty();
    }

    @Test
    void arabicItemsDirectlyUnderAPartAreAWarning() {
        AnnualReport report = Read.withPart(
                0, List.of(Read.section("1.", 3, 1, "强化法治队伍建设。", "略。"), Read.section("2.", 3, 2, "依法行政全面覆盖。", "略。")));

        // one finding for the repeated defect, with both places
        assertThat(findings(report, "numbering-level-skip")).singleElement().satisfies(f -> {
            assertThat(f.placeCount()).isEqualTo(2);
            assertThat(f.relatedLocations())
                    .extracting(Finding.Location::elementId)
                    .containsExactly("s1.s2");
            assertThat(f.detail()).containsEntry("expectedAll", List.of("（一）", "（二）"));
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementId()).isEqualTo("s1.s1");
            assertThat(f.suggestedFix())
                    .hasValueSatisfying(fix -> assertThat(fix).contains("（一）"));
            assertThat(f.detail()).containsEntry("foundLevel", 3).containsEntry("expectedLevel", 2);
        });
    }

    @Test
    void aFragmentWithoutTitleIsNotToldToRenumberItsTopLevelHeadings() {
        // a copy that starts inside part 一: its （一） （二） are right where the full report has them
        AnnualReport report = Samples.clean()
                .withTitle(java.util.Optional.empty())
                .withSections(List.of(
                        Read.section("（一）", 2, 1, "健全依法决策机制", "略。"), Read.section("（二）", 2, 2, "严格规范行政执法", "略。")));

        assertThat(findings(report, "numbering-level-skip")).isEmpty();
    }
}
