package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import org.junit.jupiter.api.Test;

class PreambleYearMissingRuleTest {

    private static final String ID = "preamble-year-missing";

    @Test
    void aPreambleNamingTheYearPasses() {
        assertThat(findings(Samples.clean(), ID)).isEmpty();
        AnnualReport both = Samples.withPreamble("2024年以来，区司法局统筹推进法治政府建设。今年以来共审查文件12件。现将有关情况报告如下：");
        assertThat(findings(both, ID)).isEmpty();
        AnnualReport noWord = Samples.withPreamble("区司法局统筹推进法治政府建设。现将有关情况报告如下：");
        assertThat(findings(noWord, ID)).isEmpty();
    }

    @Test
    void jinNianYiLaiWithNoYearIsInfo() {
        AnnualReport report = Samples.withPreamble("今年以来，区司法局在区委、区政府的领导下，统筹推进法治政府建设。现将有关情况报告如下：");

        assertThat(findings(report, ID)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.elementId()).isEqualTo("pre.p1");
            assertThat(f.suggestedFix())
                    .hasValueSatisfying(fix -> assertThat(fix).contains("2024年"));
        });
    }
}
