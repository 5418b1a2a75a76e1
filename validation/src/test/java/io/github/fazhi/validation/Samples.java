package io.github.fazhi.validation;

import io.github.fazhi.core.AdministrativeLevel;
import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportBuilder;
import io.github.fazhi.core.SubjectType;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Sample reports of a fictional office, 清河市清河区司法局, written for the tests. {@link #clean()} breaks no
 * rule of the national profile; the rule tests change one thing at a time.
 */
public final class Samples {

    public static final String ISSUER = "清河市清河区司法局";

    /** A validator with the national profile, in Chinese, shared by the tests (it is thread-safe). */
    public static final ReportValidator NATIONAL = ReportValidator.national();

    private Samples() {}

    /** A builder filled with the clean report's content; callers may change parts before building. */
    public static ReportBuilder cleanBuilder() {
        return AnnualReport.builder()
                .issuer(ISSUER)
                .reportingYear(2024)
                .subject(SubjectType.GOVERNMENT_DEPARTMENT, AdministrativeLevel.COUNTY)
                .preamble("2024年，区司法局在区委、区政府的领导下，统筹推进法治政府建设各项工作。现将有关情况报告如下：")
                .measuresAndResults(
                        part -> part.runIn("健全依法决策机制", "全年审核重大行政决策事项6件，审查规范性文件12件。一是完善合法性审查流程；二是组织法律顾问参与论证；三是公开征求意见。")
                                .runIn("严格规范行政执法", "开展行政执法案卷评查2次，评查案卷80卷，整改问题15个。"))
                .shortcomingsAndCauses(
                        part -> part.paragraph("一是基层执法人员法律素养有待提高；二是普法宣传的针对性不强。").paragraph("究其原因，主要是培训的频次不够，考核机制还不健全。"))
                .firstResponsiblePerson(part ->
                        part.paragraph("局主要负责人切实履行推进法治建设第一责任人职责，主持召开局党组会议4次研究部署法治政府建设工作，带头开展集体学法，督促依法行政，在年终述法中报告履职情况。"))
                .nextYearPlan(part -> part.paragraph("2025年，区司法局将继续深化行政执法规范化建设，加强法治宣传教育。"))
                .other(part -> part.paragraph("无其他需要报告的情况。"))
                .signOff(LocalDate.of(2025, 1, 20));
    }

    /** A report that breaks no rule of the national profile. */
    public static AnnualReport clean() {
        return cleanBuilder().build();
    }

    /** The clean report with its preamble replaced by {@code paragraphs}. */
    public static AnnualReport withPreamble(String... paragraphs) {
        AnnualReport r = clean();
        List<io.github.fazhi.core.Block> blocks = java.util.Arrays.stream(paragraphs)
                .map(p -> (io.github.fazhi.core.Block) io.github.fazhi.core.Paragraph.of(p))
                .toList();
        return new AnnualReport(r.metadata(), r.header(), r.title(), blocks, r.sections(), r.signOff(), r.trailing());
    }

    /** The clean report with the text of every paragraph changed by {@code edit}. */
    public static AnnualReport editParagraphs(AnnualReport report, UnaryOperator<String> edit) {
        return report.withSections(
                report.sections().stream().map(s -> editSection(s, edit)).toList());
    }

    private static io.github.fazhi.core.Section editSection(
            io.github.fazhi.core.Section s, UnaryOperator<String> edit) {
        return s.withBlocks(s.paragraphs().stream()
                        .map(p -> (io.github.fazhi.core.Block) io.github.fazhi.core.Paragraph.of(edit.apply(p.text())))
                        .toList())
                .withSubsections(s.subsections().stream()
                        .map(sub -> editSection(sub, edit))
                        .toList());
    }

    /** The findings of rule {@code ruleId} on {@code report} with the national profile. */
    public static List<Finding> findings(AnnualReport report, String ruleId) {
        return NATIONAL.validate(report).findings(ruleId);
    }
}
