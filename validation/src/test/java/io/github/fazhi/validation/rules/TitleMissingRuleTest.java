package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitleMissingRuleTest {

    @Test
    void aTitledReportPasses() {
        assertThat(findings(Samples.clean(), "title-missing")).isEmpty();
    }

    @Test
    void anUntitledReportIsAnErrorWhoseFixSuggestsTheStandardTitle() {
        AnnualReport report = Samples.clean().withTitle(Optional.empty());

        assertThat(findings(report, "title-missing")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementId()).isEqualTo(Finding.REPORT);
            assertThat(f.suggestedFix())
                    .hasValueSatisfying(fix -> assertThat(fix).contains("清河市清河区司法局2024年法治政府建设年度报告"));
        });
    }
}
