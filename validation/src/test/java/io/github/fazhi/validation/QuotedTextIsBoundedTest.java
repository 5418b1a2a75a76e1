package io.github.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AdministrativeLevel;
import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.SubjectType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 6: a finding quotes at most a bounded length of report text, so that a 30 MB title does not
 * become 30 MB in every finding that names it (the issue measured 94 MB of output from three).
 */
class QuotedTextIsBoundedTest {

    @Test
    void aHugeTitleIsQuotedCutInEveryFinding() {
        String title = "清河市清河区司法局2025年法治政府建设情况".repeat(10_000); // 230,000 characters
        AnnualReport report = AnnualReport.builder()
                .issuer("清河市清河区司法局")
                .reportingYear(2025)
                .subject(SubjectType.GOVERNMENT_DEPARTMENT, AdministrativeLevel.COUNTY)
                .title(title)
                .preamble("2025年，区司法局坚持依法行政。现将有关情况报告如下：")
                .measuresAndResults(part -> part.paragraph("全年审查规范性文件12件。"))
                .shortcomingsAndCauses(part -> part.paragraph("执法监督还有薄弱环节。"))
                .firstResponsiblePerson(part -> part.paragraph("局主要负责人履行推进法治建设第一责任人职责。"))
                .nextYearPlan(part -> part.paragraph("2026年，区司法局将继续推进依法行政。"))
                .signOff(LocalDate.of(2026, 1, 20))
                .build();

        for (java.util.Locale locale : List.of(java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.ENGLISH)) {
            ValidationReport result =
                    ReportValidator.builder().locale(locale).build().validate(report);
            List<Finding> quoting = result.findings().stream()
                    .filter(f -> f.message().contains("清河市清河区司法局2025年法治政府建设情况清河市"))
                    .toList();
            assertThat(quoting).as("findings that quote the title").isNotEmpty();
            for (Finding f : result.findings()) {
                assertThat(f.message().length()).as(f.ruleId()).isLessThan(3_000);
                assertThat(f.detail().toString().length()).as(f.ruleId()).isLessThan(5_000);
            }
            assertThat(quoting).allSatisfy(f -> assertThat(f.message()).contains("…"));
            assertThat(FindingsJson.write(List.of(new ValidatedFile("r.txt", result)))
                            .length())
                    .isLessThan(50_000);
        }
    }
}
