package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFormatRuleTest {

    private static AnnualReport dated(String printed) {
        SignOff s = new SignOff(
                SignOff.ID,
                List.of(Samples.ISSUER),
                Optional.of(printed),
                Optional.of(LocalDate.of(2025, 1, 5)),
                Optional.empty());
        return Samples.clean().withSignOff(Optional.of(s));
    }

    @Test
    void theStandardFormPasses() {
        assertThat(findings(Samples.clean(), "date-format")).isEmpty();
        assertThat(findings(dated("2025年1月5日"), "date-format")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2025年01月05日,padded", "二〇二五年一月五日,chinese", "2025.1.5,separated", "2025-01-05,separated"})
    void otherFormsAreAWarningWithTheStandardForm(String printed, String reason) {
        assertThat(findings(dated(printed), "date-format")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementId()).isEqualTo("signoff");
            assertThat(f.detail()).containsEntry("reason", reason);
            assertThat(f.suggestedFix()).contains("写作“2025年1月5日”");
        });
    }
}
