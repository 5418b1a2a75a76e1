package io.github.fazhi.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.core.ReportMetadata;
import io.github.fazhi.core.Title;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IssuerMissingRuleTest {

    /** The clean report with no issuer anywhere: no metadata issuer, no sign-off, a title without an organ. */
    private static AnnualReport anonymous(List<HeaderLine> header, String title) {
        AnnualReport clean = Samples.clean();
        return new AnnualReport(
                ReportMetadata.builder().reportingYear(2024).build(),
                header,
                Optional.of(Title.of(title)),
                clean.preamble(),
                clean.sections(),
                Optional.empty(),
                List.of());
    }

    @Test
    void anIssuerAnywherePasses() {
        assertThat(Samples.findings(Samples.clean(), "issuer-missing")).isEmpty();
        assertThat(Samples.findings(
                        anonymous(List.of(HeaderLine.of(HeaderLineKind.ISSUER, "清河市清河区司法局")), "2024年法治政府建设年度报告"),
                        "issuer-missing"))
                .isEmpty();
        assertThat(Samples.findings(anonymous(List.of(), "2024年清河区法治政府建设情况报告"), "issuer-missing"))
                .isEmpty();
        assertThat(Samples.findings(anonymous(List.of(), "清河区司法局关于2024年法治政府建设情况的报告"), "issuer-missing"))
                .isEmpty();
    }

    @Test
    void noIssuerAnywhereIsAnError() {
        assertThat(Samples.findings(anonymous(List.of(), "2024年法治政府建设年度报告"), "issuer-missing"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.elementId()).isEqualTo(Finding.REPORT);
                });
    }
}
