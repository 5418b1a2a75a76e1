package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberingGapRuleTest {

    @Test
    void consecutiveLabelsPass() {
        assertThat(findings(Samples.clean(), "numbering-gap")).isEmpty();
        AnnualReport read = Read.withPart(
                0, List.of(Read.section("（一）", 2, 1, "健全依法决策机制", "略。"), Read.section("（二）", 2, 2, "严格规范行政执法", "略。")));
        assertThat(findings(read, "numbering-gap")).isEmpty();
    }

    @Test
    void aSkippedLabelIsAnErrorWhoseFixNamesIt() {
        AnnualReport report = Read.withPart(
                0, List.of(Read.section("（一）", 2, 1, "健全依法决策机制", "略。"), Read.section("（三）", 2, 2, "严格规范行政执法", "略。")));

        assertThat(findings(report, "numbering-gap")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementId()).isEqualTo("s1.s2");
            assertThat(f.message()).contains("（三）").contains("（二）");
            assertThat(f.suggestedFix()).contains("补上缺少的序号（二）");
            assertThat(f.detail()).containsEntry("missing", List.of("（二）")).containsEntry("found", "（三）");
        });
    }

    @Test
    void theLabelAfterARepeatIsNoGap() {
        // （一）（一）（三）: the second （一） stands where （二） should; the duplicate finding says so
        AnnualReport report = Read.withPart(
                0,
                List.of(
                        Read.section("（一）", 2, 1, "健全依法决策机制", "略。"),
                        Read.section("（一）", 2, 2, "严格规范行政执法", "略。"),
                        Read.section("（三）", 2, 3, "化解行政争议", "略。")));

        assertThat(findings(report, "numbering-gap")).isEmpty();
        assertThat(findings(report, "numbering-duplicate"))
                .singleElement()
                .satisfies(f -> assertThat(f.elementId()).isEqualTo("s1.s2"));
    }

    @Test
    void aGapAfterARepeatIsStillAGap() {
        // （一）（一）（四）: the repeat stands for （二）, and （三） is missing
        AnnualReport report = Read.withPart(
                0,
                List.of(
                        Read.section("（一）", 2, 1, "健全依法决策机制", "略。"),
                        Read.section("（一）", 2, 2, "严格规范行政执法", "略。"),
                        Read.section("（四）", 2, 3, "化解行政争议", "略。")));

        assertThat(findings(report, "numbering-gap")).singleElement().satisfies(f -> {
            assertThat(f.elementId()).isEqualTo("s1.s3");
            assertThat(f.detail()).containsEntry("missing", List.of("（三）")).containsEntry("found", "（四）");
        });
    }

    @Test
    void aFirstItemThatLostItsLabelIsNamedInTheFix() {
        AnnualReport report = Read.withPart(
                2,
                List.of(
                        Read.section("（二）", 2, 1, "带头尊法学法。", "局长带头参加集体学法。"),
                        Read.section("（三）", 2, 2, "带头依法决策。", "重大事项均经合法性审查。")),
                "局主要负责人切实履行推进法治建设第一责任人职责。",
                "加强统筹协调。局长主持研究部署法治政府建设工作。");

        assertThat(findings(report, "numbering-gap")).singleElement().satisfies(f -> {
            assertThat(f.elementId()).isEqualTo("s3.s1");
            assertThat(f.suggestedFix())
                    .hasValueSatisfying(fix -> assertThat(fix).contains("（一）").contains("加强统筹协调。"));
            assertThat(f.detail()).containsEntry("unlabelledElementId", "s3.p2");
        });
    }

    @Test
    void headingsPrintedWithoutALabelMakeNoNoise() {
        AnnualReport report = Read.withPart(
                0,
                List.of(
                        Read.section("", 2, 1, "主要工作", "略。"),
                        Read.section("（一）", 2, 2, "健全依法决策机制", "略。"),
                        Read.section("", 2, 3, "工作亮点", "略。"),
                        Read.section("（二）", 2, 4, "严格规范行政执法", "略。")));

        assertThat(findings(report, "numbering-gap")).isEmpty();
    }
}
