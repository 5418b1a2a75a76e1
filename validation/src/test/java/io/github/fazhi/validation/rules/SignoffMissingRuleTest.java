package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignoffMissingRuleTest {

    @Test
    void aDatedSignOffPasses() {
        assertThat(findings(Samples.clean(), "signoff-missing")).isEmpty();
    }

    @Test
    void noSignOffIsANote() {
        AnnualReport report = Samples.clean().withSignOff(Optional.empty());

        assertThat(findings(report, "signoff-missing")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.elementId()).isEqualTo(Finding.REPORT);
            assertThat(f.detail()).containsEntry("reason", "absent");
        });
    }

    @Test
    void anUndatedSignOffIsANote() {
        AnnualReport report = Samples.clean().withSignOff(Optional.of(SignOff.of(List.of(Samples.ISSUER))));

        assertThat(findings(report, "signoff-missing")).singleElement().satisfies(f -> {
            assertThat(f.elementId()).isEqualTo("signoff");
            assertThat(f.message()).contains("没有成文日期");
        });
    }
}
