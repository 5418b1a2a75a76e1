package io.github.fazhi.assertj;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.ReportBuilder;
import io.github.fazhi.validation.ReportValidator;
import io.github.fazhi.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Reports of the fictional 清河市清河区司法局, written for these tests. {@link #clean()} (read from text, so its
 * elements carry lines) breaks no rule of the national profile; {@link #legacy()} breaks several: a missing
 * shortcomings part, a numbering gap at line 9, a 总结 title, a date of issue in the reporting year.
 */
final class Fixtures {

    static final String ISSUER = "清河市清河区司法局";
    static final String CLEAN_FILE = "qinghe-sifaju-2024.txt";
    static final String LEGACY_FILE = "qinghe-sifaju-2022-legacy.txt";
    static final String CLEAN_TITLE = "清河市清河区司法局2024年法治政府建设年度报告";

    /** Shared by the tests: a validator is thread-safe and costly to build. */
    static final ReportValidator NATIONAL = ReportValidator.national();

    private Fixtures() {}

    static AnnualReport read(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return PlainTextReader.standard().read(in.readAllBytes(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AnnualReport clean() {
        return read(CLEAN_FILE);
    }

    static AnnualReport legacy() {
        return read(LEGACY_FILE);
    }

    static ValidationReport checkedClean() {
        return NATIONAL.validate(clean(), CLEAN_FILE);
    }

    static ValidationReport checkedLegacy() {
        return NATIONAL.validate(legacy(), LEGACY_FILE);
    }

    /** A builder with the content of a clean report, parts in the order the caller adds them. */
    static ReportBuilder builder() {
        return AnnualReport.builder()
                .issuer(ISSUER)
                .reportingYear(2024)
                .preamble("2024年，区司法局统筹推进法治政府建设。现将有关情况报告如下：")
                .signOff(LocalDate.of(2025, 1, 22));
    }

    static ReportBuilder measures(ReportBuilder b) {
        return b.measuresAndResults(
                part -> part.runIn("健全依法决策机制", "全年审核重大行政决策事项7件，审查规范性文件14件。").runIn("严格规范行政执法", "评查执法案卷96卷，整改问题17个。"));
    }

    static ReportBuilder shortcomings(ReportBuilder b) {
        return b.shortcomingsAndCauses(part -> part.paragraph("一是执法人员法律素养有待提高；二是普法针对性不强。究其原因，主要是培训偏少。"));
    }

    static ReportBuilder frp(ReportBuilder b) {
        return b.firstResponsiblePerson(
                part -> part.paragraph("局主要负责人履行推进法治建设第一责任人职责，主持召开党组会议研究法治工作，带头集体学法，督促依法行政，在年终述法中报告履职情况。"));
    }

    static ReportBuilder plan(ReportBuilder b) {
        return b.nextYearPlan(part -> part.paragraph("2025年，区司法局将继续深化行政执法规范化建设。"));
    }

    /** Asserts that {@code call} fails with an assertion error, for checking its message. */
    static AbstractThrowableAssert<?, ? extends Throwable> failure(ThrowingCallable call) {
        return assertThatThrownBy(call).isInstanceOf(AssertionError.class);
    }
}
