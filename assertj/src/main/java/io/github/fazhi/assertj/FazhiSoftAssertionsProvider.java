package io.github.fazhi.assertj;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Section;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * fazhi's soft assertions as a mix-in, for a soft assertions class of your own that already extends another
 * (AssertJ's recommended shape for custom soft assertions). {@link FazhiSoftAssertions} is the ready-made one.
 *
 * <pre>{@code
 * public class MyAppSoftAssertions extends SoftAssertions implements FazhiSoftAssertionsProvider {
 *     // your own soft assertThat(...) methods
 * }
 * }</pre>
 *
 * <p>Every assertion obtained here, and every assertion reached from it ({@code section(...)},
 * {@code hasFinding(...)}, {@code subsection(...)}), collects its failures instead of throwing them.
 */
public interface FazhiSoftAssertionsProvider extends SoftAssertionsProvider {

    /** Soft assertions on a report. */
    default ReportAssert assertThat(AnnualReport actual) {
        return soft(proxy(ReportAssert.class, AnnualReport.class, actual));
    }

    /** Soft assertions on one section of a report. */
    default SectionAssert assertThat(Section actual) {
        return soft(proxy(SectionAssert.class, Section.class, actual));
    }

    /** Soft assertions on the result of a check. */
    default ValidationReportAssert assertThat(ValidationReport actual) {
        return soft(proxy(ValidationReportAssert.class, ValidationReport.class, actual));
    }

    /** Soft assertions on one finding. */
    default FindingAssert assertThat(Finding actual) {
        FindingAssert a =
                soft(proxy(FindingAssert.class, FindingAssert.ACTUAL_TYPE, actual == null ? null : List.of(actual)));
        return actual == null ? a : a.about(actual.ruleId(), Optional.empty());
    }

    /** Soft assertions on a comparison with a findings baseline. */
    default BaselineComparisonAssert assertThat(BaselineComparison actual) {
        return soft(proxy(BaselineComparisonAssert.class, BaselineComparison.class, actual));
    }

    private <A extends AbstractFazhiAssert<A, ?>> A soft(A proxied) {
        proxied.children = Children.soft(this);
        return proxied;
    }
}
