package io.github.fazhi.assertj;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Section;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.ValidationReport;

/**
 * The entry point of fazhi's AssertJ assertions: {@code import static io.github.fazhi.assertj.FazhiAssertions.assertThat;}
 * beside (or instead of) AssertJ's own {@code Assertions.assertThat}; the overloads do not clash.
 *
 * <pre>{@code
 * AnnualReport report = PlainTextReader.standard().read(Path.of("submitted/2024.txt"));
 * assertThat(report).hasReportingYear(2024).hasPartsInMandatedOrder().isValid();
 * assertThat(report).section(SectionKind.NEXT_YEAR_PLAN).hasHeadingContaining("2025年");
 *
 * ValidationReport result = ReportValidator.national().validate(report);
 * assertThat(result).hasNoFindingsOtherThan("other-part-absent");
 * }</pre>
 *
 * <p>For soft assertions use {@link FazhiSoftAssertions}; for the BDD style, {@link FazhiBDDAssertions#then}.
 */
public final class FazhiAssertions {

    private FazhiAssertions() {}

    /** Assertions on a report. */
    public static ReportAssert assertThat(AnnualReport actual) {
        return new ReportAssert(actual);
    }

    /** Assertions on one section of a report. */
    public static SectionAssert assertThat(Section actual) {
        return new SectionAssert(actual);
    }

    /** Assertions on the result of a check. */
    public static ValidationReportAssert assertThat(ValidationReport actual) {
        return new ValidationReportAssert(actual);
    }

    /** Assertions on one finding. */
    public static FindingAssert assertThat(Finding actual) {
        return actual == null ? new FindingAssert(null) : FindingAssert.of(actual);
    }

    /** Assertions on a comparison with a findings baseline. */
    public static BaselineComparisonAssert assertThat(BaselineComparison actual) {
        return new BaselineComparisonAssert(actual);
    }
}
