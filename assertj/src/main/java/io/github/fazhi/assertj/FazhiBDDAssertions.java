package io.github.fazhi.assertj;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Section;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.ValidationReport;

/**
 * {@link FazhiAssertions} in the BDD style of AssertJ's {@code BDDAssertions}: {@code then(...)} for
 * {@code assertThat(...)}.
 *
 * <pre>{@code
 * import static io.github.fazhi.assertj.FazhiBDDAssertions.then;
 *
 * // given
 * AnnualReport report = PlainTextReader.standard().read(path);
 * // when
 * ValidationReport result = validator.validate(report);
 * // then
 * then(result).hasNoErrors();
 * }</pre>
 */
public final class FazhiBDDAssertions {

    private FazhiBDDAssertions() {}

    /** Assertions on a report. */
    public static ReportAssert then(AnnualReport actual) {
        return FazhiAssertions.assertThat(actual);
    }

    /** Assertions on one section of a report. */
    public static SectionAssert then(Section actual) {
        return FazhiAssertions.assertThat(actual);
    }

    /** Assertions on the result of a check. */
    public static ValidationReportAssert then(ValidationReport actual) {
        return FazhiAssertions.assertThat(actual);
    }

    /** Assertions on one finding. */
    public static FindingAssert then(Finding actual) {
        return FazhiAssertions.assertThat(actual);
    }

    /** Assertions on a comparison with a findings baseline. */
    public static BaselineComparisonAssert then(BaselineComparison actual) {
        return FazhiAssertions.assertThat(actual);
    }
}
