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
    void arabicItemsDirectlyUnderAPartSkipALevelWhichIsAllowed() {
        // 公文 practice: a part with one level of items may number them 1. 2. directly under 一、
        AnnualReport report = Read.withPart(
                0, List.of(Read.section("1.", 3, 1, "强化法治队伍建设。", "略。"), Read.section("2.", 3, 2, "依法行政全面覆盖。", "略。")));

        assertThat(findings(report, "numbering-level-skip")).isEmpty();
        // two levels skipped, （1） under 一、, is a skip too
        AnnualReport deeper = Read.withPart(0, List.of(Read.section("（1）", 4, 1, "强化法治队伍建设。", "略。")));
        assertThat(findings(deeper, "numbering-level-skip")).isEmpty();
    }

    @Test
    void aHigherLevelUnderALowerOneIsAnInversion() {
        // （一） under 1.: the levels turned upside down
        AnnualReport report = Read.withPart(
                0,
                List.of(Read.section(
                        "1.",
                        3,
                        1,
                        "强化法治队伍建设",
                        io.github.fazhi.core.SectionKind.THEMATIC,
                        List.of(Read.section("（一）", 2, 1, "开展集中培训。", "略。")),
                        "略。")));

        assertThat(findings(report, "numbering-level-skip")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementId()).isEqualTo("s1.s1.s1");
            assertThat(f.message()).contains("（一）").contains("1.").contains("颠倒");
            assertThat(f.detail())
                    .containsEntry("found", "（一）")
                    .containsEntry("foundLevel", 2)
                    .containsEntry("above", "1.")
                    .containsEntry("aboveLevel", 3);
        });
    }

    @Test
    void aHigherLevelAfterALowerOneAtTheSameDepthIsAnInversionReportedOnce() {
        // under 一、: 1. then （一） and （二）, which a reader places beside the 1., not under it
        AnnualReport report = Read.withPart(
                0,
                List.of(
                        Read.section("1.", 3, 1, "强化法治队伍建设。", "略。"),
                        Read.section("（一）", 2, 1, "依法行政全面覆盖。", "略。"),
                        Read.section("（二）", 2, 2, "化解行政争议。", "略。")));

        assertThat(findings(report, "numbering-level-skip")).singleElement().satisfies(f -> {
            assertThat(f.elementId()).isEqualTo("s1.s2");
            assertThat(f.placeCount()).isEqualTo(2);
            assertThat(f.relatedLocations())
                    .extracting(Finding.Location::elementId)
                    .containsExactly("s1.s3");
            assertThat(f.detail()).containsEntry("foundAll", List.of("（一）", "（二）"));
            assertThat(f.suggestedFix())
                    .hasValueSatisfying(fix -> assertThat(fix).contains("（一）").contains("1."));
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
