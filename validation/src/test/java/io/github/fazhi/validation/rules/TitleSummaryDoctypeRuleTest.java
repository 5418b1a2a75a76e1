package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Title;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitleSummaryDoctypeRuleTest {

    private static AnnualReport titled(String title) {
        return Samples.clean().withTitle(Optional.of(Title.of(title)));
    }

    @Test
    void aReportTitlePasses() {
        assertThat(findings(Samples.clean(), "title-summary-doctype")).isEmpty();
    }

    @Test
    void zongjieAsDocumentTypeIsAWarning() {
        assertThat(findings(titled("清河区人民政府关于清河区2024年度法治政府建设工作总结的报告"), "title-summary-doctype"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.detail()).containsEntry("found", "总结的报告");
                });
        assertThat(findings(titled("清河区司法局2024年法治政府建设工作总结"), "title-summary-doctype"))
                .hasSize(1);
    }
}
