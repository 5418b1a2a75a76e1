/**
 * AssertJ assertions for 法治政府建设年度报告 and their validation findings, meant for the test scope of apps that
 * build or accept reports.
 *
 * <ul>
 *   <li>{@link io.github.fazhi.assertj.FazhiAssertions#assertThat(io.github.fazhi.core.AnnualReport)}: title, year,
 *       issuer, parts and their order, sign-off, {@code isValid()}, and {@code section(kind)} to go into a section;
 *   <li>{@link io.github.fazhi.assertj.FazhiAssertions#assertThat(io.github.fazhi.validation.ValidationReport)}:
 *       {@code hasNoErrors()}, {@code hasFinding(ruleId).at(elementId)…}, {@code hasOnlyFindings(…)};
 *   <li>{@link io.github.fazhi.assertj.FazhiSoftAssertions} for JUnit 5's {@code SoftAssertionsExtension};
 *   <li>{@link io.github.fazhi.assertj.FindingsBaseline} for legacy reports: fail only on new findings.
 * </ul>
 *
 * <p>Failure messages list what the report has instead (its outline, or its findings with severity, rule id,
 * place and message), in Chinese by default and in English for an English validator or {@code inLocale}.
 *
 * <pre>{@code
 * import static io.github.fazhi.assertj.FazhiAssertions.assertThat;
 *
 * AnnualReport report = PlainTextReader.standard().read(Path.of("submitted/2024.txt"));
 * assertThat(report).hasReportingYear(2024).hasPartsInMandatedOrder().isValid();
 * }</pre>
 */
package io.github.fazhi.assertj;
