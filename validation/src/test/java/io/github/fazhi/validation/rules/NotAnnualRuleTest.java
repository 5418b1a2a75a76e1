package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Title;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotAnnualRuleTest {

    private static AnnualReport titled(String title) {
        return Samples.clean().withTitle(Optional.of(Title.of(title)));
    }

    @Test
    void anAnnualTitlePasses() {
        assertThat(findings(Samples.clean(), "not-annual")).isEmpty();
        assertThat(findings(titled("清河区司法局二〇二四年法治政府建设年度报告"), "not-annual")).isEmpty();
    }

    @Test
    void halfYearQuarterAndFiveYearTitlesAreErrors() {
        assertThat(findings(titled("清河区司法局2024年上半年法治政府建设情况报告"), "not-annual"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message()).contains("上半年");
                    assertThat(f.detail()).containsEntry("found", "上半年");
                });
        assertThat(findings(titled("清河区司法局2024年第三季度法治政府建设情况报告"), "not-annual")).hasSize(1);
        assertThat(findings(titled("清河区五年法治政府建设工作情况的报告"), "not-annual")).hasSize(1);
        assertThat(findings(titled("清河区2021—2025年法治政府建设情况的报告"), "not-annual")).hasSize(1);
    }
}
