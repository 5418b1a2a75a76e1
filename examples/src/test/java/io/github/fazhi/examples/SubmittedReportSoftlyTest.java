package io.github.fazhi.examples;

import io.github.fazhi.assertj.FazhiSoftAssertions;
import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.SectionKind;
import java.io.IOException;
import java.nio.file.Path;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The same check with soft assertions: when the report is wrong in several ways, one run lists them all (JUnit's
 * {@code SoftAssertionsExtension} reports them after the test).
 */
@ExtendWith(SoftAssertionsExtension.class)
class SubmittedReportSoftlyTest {

    @InjectSoftAssertions
    private FazhiSoftAssertions softly;

    @Test
    void theSubmittedReport() throws IOException {
        AnnualReport report = PlainTextReader.standard().read(Path.of("sample-report.txt"));

        softly.assertThat(report)
                .hasReportingYear(2025)
                .hasPartsInMandatedOrder()
                .isValid();
        softly.assertThat(report).section(SectionKind.SHORTCOMINGS_AND_CAUSES).containsText("原因");
        softly.assertThat(report).section(SectionKind.NEXT_YEAR_PLAN).hasHeadingContaining("2026年");
        softly.assertThat(report.signOff()).isPresent(); // AssertJ's own soft assertions alongside
    }
}
