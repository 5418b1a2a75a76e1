package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberingStyleRuleTest {

    @Test
    void standardLabelsPass() {
        assertThat(findings(Samples.clean(), "numbering-style")).isEmpty();
    }

    @Test
    void halfWidthParenthesesAreAWarningWithTheStandardForm() {
        AnnualReport report = Read.withPart(
                0, List.of(Read.section("(一)", 2, 1, "健全依法决策机制", "略。"), Read.section("（二）、", 2, 2, "严格规范行政执法", "略。")));

        assertThat(findings(report, "numbering-style"))
                .hasSize(2)
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(findings(report, "numbering-style").get(0).suggestedFix()).contains("改为（一）");
        assertThat(findings(report, "numbering-style").get(1).detail()).containsEntry("expected", "（二）");
    }

    @Test
    void inATextWithAsciiMarksThroughoutTheParenthesesAreLeftToTheHalfWidthFinding() {
        String ascii = "清河区司法局2024年法治政府建设年度报告\n"
                + "2024年,区司法局统筹推进法治政府建设,现将有关情况报告如下:\n"
                + "一、2024年推进法治政府建设的主要举措和成效\n"
                + "(一)健全依法决策机制\n"
                + "修订重大行政决策程序,开展合法性审查36件,制度执行有力。\n"
                + "(二)严格规范行政执法\n"
                + "推行执法全过程记录,评查案卷120卷,整改问题15个。\n";
        AnnualReport throughout =
                io.github.fazhi.core.PlainTextReader.standard().read(ascii, "ascii.txt");
        assertThat(findings(throughout, "halfwidth-punctuation")).hasSize(1);
        assertThat(findings(throughout, "numbering-style")).isEmpty();

        // where the rest of the text is full-width, (一) stays a numbering-style finding of its own
        String mixed = ascii.replace(',', '，').replace(':', '：');
        AnnualReport fullWidth = io.github.fazhi.core.PlainTextReader.standard().read(mixed, "mixed.txt");
        assertThat(findings(fullWidth, "numbering-style"))
                .singleElement()
                .satisfies(f -> assertThat(f.suggestedFix())
                        .hasValueSatisfying(fix -> assertThat(fix).contains("（一）")));
    }

    @Test
    void numberingOnAcrossParentsIsAStyleWarningNotAGap() {
        AnnualReport report = Read.withPart(
                0,
                List.of(
                        Read.section(
                                "（一）",
                                2,
                                1,
                                "加强组织领导",
                                io.github.fazhi.core.SectionKind.THEMATIC,
                                List.of(
                                        Read.section("1.", 3, 1, "加强党的领导。", "略。"),
                                        Read.section("2.", 3, 2, "强化考核评价。", "略。"))),
                        Read.section(
                                "（二）",
                                2,
                                2,
                                "依法全面履行政府职能",
                                io.github.fazhi.core.SectionKind.THEMATIC,
                                List.of(
                                        Read.section("3.", 3, 1, "深化审批制度改革。", "略。"),
                                        Read.section("4.", 3, 2, "优化营商环境。", "略。")))));

        assertThat(findings(report, "numbering-gap")).isEmpty();
        assertThat(findings(report, "numbering-style")).singleElement().satisfies(f -> {
            assertThat(f.elementId()).isEqualTo("s1.s2.s1");
            assertThat(f.detail()).containsEntry("continuous", true);
            assertThat(f.suggestedFix())
                    .hasValueSatisfying(fix -> assertThat(fix).contains("1."));
        });
    }

    @Test
    void aLabelThatLostItsNumeralIsAWarningWithTheLabelItsPlaceGives() {
        AnnualReport clean = Samples.clean();
        java.util.List<io.github.fazhi.core.Section> parts = new java.util.ArrayList<>(clean.sections());
        parts.set(
                3,
                Read.section(
                        "、",
                        1,
                        4,
                        "2025年推进法治政府建设的主要安排",
                        io.github.fazhi.core.SectionKind.NEXT_YEAR_PLAN,
                        List.of(),
                        "将继续推进。"));

        assertThat(findings(clean.withSections(parts), "numbering-style"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.elementId()).isEqualTo("s4");
                    assertThat(f.message()).contains("不完整").contains("四、");
                    assertThat(f.suggestedFix()).contains("改为四、");
                });
    }
}
