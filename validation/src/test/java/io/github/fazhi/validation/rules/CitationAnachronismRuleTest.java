package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Lexicon;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitationAnachronismRuleTest {

    private static final String ID = "citation-anachronism";

    /** The clean sample as a 2021 report signed on 2022-01-20, its part 1 holding {@code text}. */
    private static AnnualReport in2021(String text) {
        AnnualReport r = Samples.cleanBuilder()
                .reportingYear(2021)
                .preamble("2021年，区司法局统筹推进法治政府建设。现将有关情况报告如下：")
                .nextYearPlan(p -> p.paragraph("2022年，区司法局将继续深化行政执法规范化建设。"))
                .signOff(LocalDate.of(2022, 1, 20))
                .build();
        List<io.github.fazhi.core.Section> parts = new java.util.ArrayList<>(r.sections());
        parts.set(0, parts.get(0).withBlocks(List.of(Paragraph.of(text))).withSubsections(List.of()));
        return r.withSections(parts);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "深入贯彻党的十九大和十九届二中、三中、四中、五中、六中全会精神。",
                "深刻领悟“两个确立”的决定性意义，学习习近平法治思想。",
                "落实《法治政府建设实施纲要（2021—2025年）》。",
                "全区二十大重点项目依法推进。",
                "2022年，区司法局将以优异成绩迎接党的二十大胜利召开。"
            })
    void whatExistedWhenTheReportWasSignedPasses(String text) {
        assertThat(findings(in2021(text), ID)).isEmpty();
    }

    @Test
    void aCongressAfterTheSignOffIsAnError() {
        AnnualReport report = in2021("深入学习贯彻党的二十大精神。");

        assertThat(findings(report, ID)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementId()).isEqualTo("s1.p1");
            assertThat(f.message()).contains("党的二十大", "2022-10-16", "2022-01-20");
        });
    }

    @Test
    void aPlenarySessionInASequenceIsFound() {
        AnnualReport report = in2021("深入贯彻党的十九大和十九届二中、三中、四中、五中、六中、七中全会精神。");

        assertThat(findings(report, ID))
                .singleElement()
                .satisfies(f -> assertThat(f.detail()).containsEntry("name", "十九届七中全会"));
    }

    @Test
    void aFormulationNotYetInUseIsFoundWithoutASignOffDate() {
        AnnualReport report = Samples.cleanBuilder()
                .reportingYear(2019)
                .preamble("2019年，区司法局深入学习贯彻习近平法治思想。现将有关情况报告如下：")
                .nextYearPlan(p -> p.paragraph("2020年，区司法局将继续深化行政执法规范化建设。"))
                .build();
        AnnualReport unsigned = report.withSignOff(java.util.Optional.empty());

        assertThat(findings(unsigned, ID)).singleElement().satisfies(f -> {
            assertThat(f.detail()).containsEntry("name", "习近平法治思想").containsEntry("bound", "2020-04-01");
        });
    }

    @Test
    void theLexiconNamesTheMeetingsOfASequence() {
        assertThat(Lexicon.meetingsCited("党的十九大和十九届二中、三中全会").stream()
                        .map(m -> m.meeting().name()))
                .containsExactly("党的十九大", "十九届二中全会", "十九届三中全会");
        assertThat(Lexicon.meetingsCited("全区二十大重点项目")).isEmpty();
    }
}
