package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartMissingRuleTest {

    @Test
    void aReportWithAllFourPartsPasses() {
        assertThat(findings(Samples.clean(), "part-missing")).isEmpty();
    }

    @Test
    void eachMissingPartIsOneErrorNamingIt() {
        AnnualReport report = Samples.clean();
        report = report.withSections(report.sections().stream()
                .filter(s -> s.kind() != SectionKind.FIRST_RESPONSIBLE_PERSON
                        && s.kind() != SectionKind.SHORTCOMINGS_AND_CAUSES)
                .toList());

        List<Finding> found = findings(report, "part-missing");

        assertThat(found).hasSize(2).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementId()).isEqualTo(Finding.REPORT);
        });
        assertThat(found.get(0).message()).contains("第2项").contains("存在的不足和原因");
        assertThat(found.get(1).message()).contains("第3项").contains("第一责任人");
        assertThat(found.get(1).suggestedFix()).hasValueSatisfying(fix -> fix.contains("2024年党政主要负责人"));
        assertThat(found.get(1).detail()).containsEntry("item", 3).containsEntry("kind", "FIRST_RESPONSIBLE_PERSON");
    }

    @Test
    void anEnumerationItemInsidePartOneDoesNotSatisfyItem3() {
        AnnualReport report = Samples.cleanBuilder().build();
        report = report.withSections(report.sections().stream()
                .filter(s -> s.kind() != SectionKind.FIRST_RESPONSIBLE_PERSON)
                .map(s -> s.kind() == SectionKind.MEASURES_AND_RESULTS
                        ? s.withBlocks(List.of(io.github.fazhi.core.Paragraph.of("一是扛牢法治建设第一责任人职责，局长带头研究部署法治政府建设。")))
                        : s)
                .toList());

        // domain.md §8.5: a sentence or 一是… item never is item 3; only a part or a sub-part headed as it is
        assertThat(findings(report, "part-missing")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.detail()).containsEntry("item", 3);
        });
    }

    @Test
    void aSubPartOfPartOneHeadedAsTheLeadersPerformanceSatisfiesItem3() {
        AnnualReport report = Samples.clean();
        io.github.fazhi.core.Section frp =
                report.sections(SectionKind.FIRST_RESPONSIBLE_PERSON).get(0);
        io.github.fazhi.core.Section sub = Read.section(
                "（三）",
                2,
                3,
                "局主要负责人履行推进法治建设第一责任人职责情况",
                SectionKind.FIRST_RESPONSIBLE_PERSON,
                List.of(),
                frp.paragraphs().get(0).text());
        report = report.withSections(report.sections().stream()
                .filter(s -> s.kind() != SectionKind.FIRST_RESPONSIBLE_PERSON)
                .map(s -> s.kind() == SectionKind.MEASURES_AND_RESULTS
                        ? s.withSubsections(java.util.stream.Stream.concat(
                                        s.subsections().stream(), java.util.stream.Stream.of(sub))
                                .toList())
                        : s)
                .toList());

        assertThat(findings(report, "part-missing")).isEmpty();
    }

    @Test
    void aThematicReportEndingInProblemsAndPlansParagraphsHasItsParts() {
        AnnualReport report = AnnualReport.builder()
                .issuer(Samples.ISSUER)
                .reportingYear(2024)
                .section("坚持党的领导", s -> s.paragraph("局主要负责人履行推进法治建设第一责任人职责，带头学法。"))
                .section(
                        "严格规范执法",
                        s -> s.paragraph("同时也要看到，我局法治政府建设还存在一些不足，原因是培训不够。").paragraph("2025年，我局将继续推进严格规范公正文明执法。"))
                .build();

        // items 1, 2 and 4 are there in thematic form; the leader's duty only as a sentence is not item 3
        assertThat(findings(report, "part-missing"))
                .singleElement()
                .satisfies(f -> assertThat(f.detail()).containsEntry("item", 3));
    }
}
