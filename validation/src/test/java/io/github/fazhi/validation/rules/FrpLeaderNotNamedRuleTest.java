package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrpLeaderNotNamedRuleTest {

    @Test
    void contentNamingTheLeaderPasses() {
        assertThat(findings(Samples.clean(), "frp-leader-not-named")).isEmpty();
    }

    @Test
    void aBodyThatNeverNamesALeaderIsAnError() {
        AnnualReport report = Samples.cleanBuilder()
                .firstResponsiblePerson(
                        part -> part.heading("2024年履行推进法治建设第一责任人职责情况").paragraph("全年研究部署法治政府建设工作4次，开展集体学法，督促依法行政。"))
                .build();

        // the builder appended a second item-3 part; the first still names the leader, so check only the second
        AnnualReport onlyUnnamed = report.withSections(report.sections().stream()
                .filter(s -> !s.heading().contains("党政主要负责人"))
                .toList());

        assertThat(findings(onlyUnnamed, "frp-leader-not-named"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message()).contains("主要负责人").contains("2024年履行推进法治建设第一责任人职责情况");
                });
    }

    @Test
    void aHeadingNamingTheLeadersDoesNotStandForABodyThatNamesNone() {
        AnnualReport report = Read.withPart(2, List.of(), "全年办理行政许可事项1260件，接待群众来访320人次。");

        assertThat(Samples.NATIONAL.validate(report).findings())
                .filteredOn(f -> f.ruleId().startsWith("frp-"))
                .extracting(f -> f.ruleId())
                .containsExactly("frp-leader-not-named");
    }
}
