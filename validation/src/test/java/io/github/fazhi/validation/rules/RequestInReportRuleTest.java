package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestInReportRuleTest {

    @Test
    void aReportWithoutRequestsPasses() {
        assertThat(findings(Samples.clean(), "request-in-report")).isEmpty();
        AnnualReport rules = Read.withPart(0, List.of(), "深入落实《中国共产党重大事项请示报告条例》。", "以上报告，请予审议。");
        assertThat(findings(rules, "request-in-report")).isEmpty();
    }

    @Test
    void aRequestForInstructionsIsAWarning() {
        AnnualReport report = Read.withPart(0, List.of(), "拟增设法律顾问岗位2个。妥否，请批示。");

        assertThat(findings(report, "request-in-report")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.detail()).containsEntry("found", "妥否");
        });
    }
}
