package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import org.junit.jupiter.api.Test;

class ReportingVerbColloquialRuleTest {

    private static final String ID = "reporting-verb-colloquial";

    @Test
    void reportRuMuXiaPasses() {
        assertThat(findings(Samples.clean(), ID)).isEmpty();
        AnnualReport meeting = Samples.withPreamble("2024年，区司法局统筹推进法治政府建设，每季度向区委依法治区办汇报工作进展。现将有关情况报告如下：");
        assertThat(findings(meeting, ID)).isEmpty();
    }

    @Test
    void huibaoRuXiaIsInfo() {
        AnnualReport report = Samples.withPreamble("2024年，区司法局统筹推进法治政府建设各项工作。现将有关情况汇报如下：");

        assertThat(findings(report, ID)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.elementId()).isEqualTo("pre.p1");
            assertThat(f.suggestedFix())
                    .hasValueSatisfying(fix -> assertThat(fix).contains("报告如下"));
        });
    }
}
