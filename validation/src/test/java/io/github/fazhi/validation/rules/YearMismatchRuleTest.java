package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Title;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YearMismatchRuleTest {

    @Test
    void theRightYearsPass() {
        assertThat(findings(Samples.clean(), "year-mismatch")).isEmpty();
    }

    @Test
    void aTitleNamingAnotherYearIsAnError() {
        AnnualReport report = Samples.clean().withTitle(Optional.of(Title.of("清河市清河区司法局2023年法治政府建设年度报告")));

        assertThat(findings(report, "year-mismatch")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementId()).isEqualTo("title");
            assertThat(f.message()).contains("2023").contains("2024");
            assertThat(f.suggestedFix()).contains("将2023年改为2024年");
        });
    }

    @Test
    void aNextYearHeadingNamingTheReportingYearIsAnError() {
        AnnualReport clean = Samples.clean();
        List<io.github.fazhi.core.Section> parts = new ArrayList<>(clean.sections());
        parts.set(
                3,
                Read.section(
                        "四、",
                        1,
                        4,
                        "2024年推进法治政府建设的主要安排",
                        io.github.fazhi.core.SectionKind.NEXT_YEAR_PLAN,
                        List.of(),
                        "将继续推进。"));

        List<Finding> found = findings(clean.withSections(parts), "year-mismatch");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.elementId()).isEqualTo("s4");
            assertThat(f.detail()).containsEntry("found", 2024).containsEntry("expected", 2025);
        });
    }

    @Test
    void rangesAndSinceAreNotClaimsAboutTheYear() {
        AnnualReport clean = Samples.clean();
        List<io.github.fazhi.core.Section> parts = new ArrayList<>(clean.sections());
        parts.set(
                0,
                Read.section(
                        "一、",
                        1,
                        1,
                        "2022年以来推进法治政府建设的主要举措和成效",
                        io.github.fazhi.core.SectionKind.MEASURES_AND_RESULTS,
                        List.of(),
                        "略。"));

        assertThat(findings(clean.withSections(parts), "year-mismatch")).isEmpty();
    }
}
