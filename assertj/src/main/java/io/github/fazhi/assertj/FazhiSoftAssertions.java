package io.github.fazhi.assertj;

import org.assertj.core.api.SoftAssertions;

/**
 * AssertJ's {@link SoftAssertions} with fazhi's assertions added: every failure is collected and reported
 * together by {@link #assertAll()}, so one test run lists everything wrong with a report. Works with JUnit 5's
 * {@code SoftAssertionsExtension}, which calls {@code assertAll()} after each test.
 *
 * <pre>{@code
 * @ExtendWith(SoftAssertionsExtension.class)
 * class SubmittedReportTest {
 *
 *     @InjectSoftAssertions
 *     FazhiSoftAssertions softly;
 *
 *     @Test
 *     void submittedReport() throws IOException {
 *         AnnualReport report = PlainTextReader.standard().read(Path.of("submitted/2024.txt"));
 *         softly.assertThat(report).hasReportingYear(2024).isValid();
 *         softly.assertThat(report).section(SectionKind.NEXT_YEAR_PLAN).hasHeadingContaining("2025年");
 *         softly.assertThat(report.title()).isPresent(); // AssertJ's own soft assertions work as before
 *     }
 * }
 *
 * // without the extension:
 * SoftAssertionsProvider.assertSoftly(FazhiSoftAssertions.class, softly -> softly.assertThat(report).isValid());
 * }</pre>
 */
public class FazhiSoftAssertions extends SoftAssertions implements FazhiSoftAssertionsProvider {

    /** Soft assertions with no failure collected yet. */
    public FazhiSoftAssertions() {}
}
