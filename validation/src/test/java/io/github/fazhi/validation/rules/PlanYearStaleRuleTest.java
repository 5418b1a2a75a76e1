package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanYearStaleRuleTest {

    private static final String ID = "plan-year-stale";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025年，区司法局将继续深化行政执法规范化建设。",
                "在2024年工作的基础上，区司法局将继续深化行政执法规范化建设。",
                "巩固2024年以来的成果，2025年将重点推进合法性审查全覆盖。",
                "对照《法治政府建设实施纲要（2021—2025年）》，2025年将完成各项任务。",
                "2024年，全区法治建设取得一定成效。下一步，区司法局将加强执法监督。",
                "到2027年，全面建成法治政府示范区。"
            })
    void aPlanForTheNextYearPasses(String text) {
        AnnualReport report = Read.withPart(3, List.of(), text);
        assertThat(findings(report, ID)).isEmpty();
    }

    @Test
    void thePlanSetInTheReportingYearIsAnError() {
        AnnualReport report = Read.withPart(3, List.of(), "继续抓好以下工作。", "2024年，区司法局将继续深化行政执法规范化建设。");

        assertThat(findings(report, ID)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementId()).isEqualTo("s4.p2");
            assertThat(f.message()).contains("2024", "2025");
            assertThat(f.suggestedFix())
                    .hasValueSatisfying(fix -> assertThat(fix).contains("2025年"));
        });
    }

    @Test
    void aPlanCopiedFromTwoYearsBeforeInASubPartIsFoundOnce() {
        AnnualReport report = Read.withPart(
                3,
                List.of(
                        Read.section("（一）", 2, 1, "强化执法监督", "2023年，区司法局将开展执法案卷评查。"),
                        Read.section("（二）", 2, 2, "深化普法", "2023年，区司法局将推进“八五”普法。")),
                "区司法局将抓好以下工作。");

        assertThat(findings(report, ID))
                .singleElement()
                .satisfies(f -> assertThat(f.elementId()).isEqualTo("s4.s1.p1"));
    }

    @Test
    void noFindingWithoutAReportingYear() {
        AnnualReport report = Read.withPart(3, List.of(), "2024年，区司法局将继续深化行政执法规范化建设。");
        AnnualReport noYear = report.withMetadata(report.metadata().toBuilder()
                .reportingYear(java.util.OptionalInt.empty())
                .build());
        assertThat(Samples.NATIONAL.validate(noYear).findings(ID)).isEmpty();
    }
}
