package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.validation.Profile;
import io.github.fazhi.validation.ReportValidator;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateOutOfRangeRuleTest {

    private static AnnualReport dated(LocalDate date) {
        return Samples.clean().withSignOff(Optional.of(SignOff.of(List.of(Samples.ISSUER), date)));
    }

    @Test
    void aDateEarlyInTheNextYearPasses() {
        assertThat(findings(Samples.clean(), "date-out-of-range")).isEmpty();
        assertThat(findings(dated(LocalDate.of(2025, 4, 1)), "date-out-of-range"))
                .isEmpty();
    }

    @Test
    void aDateInTheReportingYearIsAWarning() {
        assertThat(findings(dated(LocalDate.of(2024, 12, 30)), "date-out-of-range"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).contains("2024年12月30日").contains("2025年");
                });
    }

    @Test
    void aDateAfterTheDisclosureDeadlineIsAWarning() {
        assertThat(findings(dated(LocalDate.of(2025, 4, 2)), "date-out-of-range"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("公开截止日期2025年4月1日"));
    }

    @Test
    void deadlinesAreProfileParameters() {
        ReportValidator march = ReportValidator.builder()
                .profile(Profile.extending(Profile.national())
                        .submissionDeadline(MonthDay.of(3, 1))
                        .disclosureDeadline(MonthDay.of(3, 31))
                        .build())
                .build();

        assertThat(march.validate(dated(LocalDate.of(2025, 3, 10))).findings("date-out-of-range"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("报送截止日期2025年3月1日"));
        assertThat(march.validate(dated(LocalDate.of(2025, 4, 1))).findings("date-out-of-range"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("公开截止日期2025年3月31日"));
    }
}
