package io.github.fazhi.examples;

import static io.github.fazhi.assertj.FazhiAssertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.SectionKind;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What an app that accepts reports from its offices would write: read the submitted file, assert it is a valid
 * report of the right office and year. A failure lists the findings with rule, severity, line and message.
 */
class SubmittedReportTest {

    private static final Path SUBMITTED = Path.of("sample-report.txt");

    @Test
    void theSubmittedReportIsValid() throws IOException {
        AnnualReport report = PlainTextReader.standard().read(SUBMITTED);

        assertThat(report)
                .hasTitle("清河市清河区司法局2025年法治政府建设年度报告")
                .hasReportingYear(2025)
                .hasIssuer("清河市清河区司法局")
                .hasAllRequiredParts()
                .hasPartsInMandatedOrder()
                .isDatedIn(2026)
                .isValid();
    }

    @Test
    void itsPartsSayWhatTheyMust() throws IOException {
        AnnualReport report = PlainTextReader.standard().read(SUBMITTED);

        assertThat(report).section(SectionKind.FIRST_RESPONSIBLE_PERSON).containsText("述法");
        assertThat(report).section(SectionKind.NEXT_YEAR_PLAN).hasLabel("四、").hasHeading("2026年推进法治政府建设的主要安排");
        assertThat(report)
                .section(SectionKind.MEASURES_AND_RESULTS)
                .hasSubsectionCount(8)
                .subsection(1)
                .isRunIn()
                .hasHeading("坚持党的领导，压紧压实法治建设责任");
    }

    @Test
    void itMeetsTheProvincialGuidelineToo() throws IOException {
        AnnualReport report = PlainTextReader.standard().read(SUBMITTED);

        assertThat(report).isValid(ShaanxiStyleProfile.profile());
        assertThat(report).validation().hasNoFindings();
    }
}
