package io.github.fazhi.paged;

import io.github.fazhi.core.AdministrativeLevel;
import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.SubjectType;
import java.time.LocalDate;

/** A realistic report of a fictional office, written for these tests. */
public final class SampleReports {

    private SampleReports() {}

    /** examples/sample-report.txt, a full-length report of a fictional office (16 000 characters), read as text. */
    public static AnnualReport longReport() {
        try {
            return io.github.fazhi.core.PlainTextReader.standard()
                    .read(java.nio.file.Path.of("../../examples/sample-report.txt"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static AnnualReport qingheJustice() {
        return AnnualReport.builder()
                .issuer("清河市清河区司法局")
                .reportingYear(2024)
                .subject(SubjectType.GOVERNMENT_DEPARTMENT, AdministrativeLevel.COUNTY)
                .mainRecipients("区委", "区政府")
                .preamble("2024年，区司法局在区委、区政府的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，"
                        + "深入学习贯彻习近平法治思想，围绕全区中心工作，扎实推进法治政府建设各项任务落地见效。"
                        + "现将有关情况报告如下：")
                .measuresAndResults(part -> part.runIn(
                                "坚持思想引领，压实法治建设责任",
                                "局党组把学习贯彻习近平法治思想列为首要政治任务，全年召开党组会专题研究法治政府建设工作6次，" + "制定年度工作要点，明确23项重点任务和责任科室。")
                        .runIn(
                                "健全依法决策机制，提升决策质量",
                                "严格落实重大行政决策程序规定，全年对区政府提交的42件规范性文件和重大行政决策事项开展合法性审查，" + "提出修改意见118条，采纳率97.5%。",
                                more -> more.paragraph(
                                        "一是完善法律顾问工作机制，组建由12名律师和3名公职律师组成的政府法律顾问团；" + "二是建立合法性审查台账，实行“一事一档”管理。"))
                        .subsection(
                                "严格规范公正文明执法",
                                sub -> sub.paragraph("全面推行行政执法公示、执法全过程记录、" + "重大执法决定法制审核三项制度，组织全区行政执法人员培训4期、参训人员860人次。")
                                        .subsection(
                                                "开展执法案卷评查",
                                                item -> item.paragraph("随机抽取执法案卷320卷，" + "评出优秀案卷45卷，对发现的问题逐一反馈整改。")
                                                        .subsection(
                                                                "推行包容审慎监管",
                                                                leaf -> leaf.paragraph(
                                                                        "对首次轻微违法行为依法不予处罚案件37件，" + "涉及市场主体37家。")))))
                .shortcomingsAndCauses(part -> part.paragraph(
                                "对照上级要求，我局法治政府建设工作仍存在一些不足：一是基层执法人员" + "法治素养参差不齐，个别执法环节不够规范；二是行政复议宣传不够深入，群众知晓率有待提高。")
                        .paragraph("究其原因，主要是业务培训的针对性不强，宣传方式较为单一。"))
                .firstResponsiblePerson(part -> part.paragraph("局党组书记、局长认真履行推进法治建设第一责任人职责，"
                        + "做到重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办，"
                        + "全年主持召开法治建设专题会议4次，带头参加会前学法8次，年终向区委述法。"))
                .nextYearPlan(part ->
                        part.runIn("持续深化学习宣传", "把习近平法治思想纳入干部教育培训重点内容。").runIn("着力提升执法水平", "开展行政执法质量提升行动，全面推行说理式执法。"))
                .signOff(LocalDate.of(2025, 1, 20))
                .build();
    }

    /** A district government's report with a 关于 title, a 文号 line and a joint sign-off. */
    public static AnnualReport qingheGovernment() {
        return AnnualReport.builder()
                .issuers(java.util.List.of("中共清河市清河区委员会", "清河市清河区人民政府"))
                .reportingYear(2024)
                .subject(SubjectType.PARTY_AND_GOVERNMENT_JOINT, AdministrativeLevel.COUNTY)
                .title("中共清河市清河区委员会 清河市清河区人民政府关于2024年法治政府建设情况的报告")
                .mainRecipients("市委", "市政府")
                .preamble("2024年，区委、区政府坚持以习近平法治思想为指导，统筹推进法治政府建设。现将有关情况报告如下：")
                .measuresAndResults(part -> part.runIn("强化组织领导", "区委常委会会议、区政府常务会议专题研究法治建设8次。"))
                .shortcomingsAndCauses(part -> part.paragraph("基层法治力量相对薄弱，原因在于编制和培训投入不足。"))
                .firstResponsiblePerson(part -> part.paragraph("区委、区政府主要负责同志切实履行推进法治建设第一责任人职责。"))
                .nextYearPlan(part -> part.paragraph("持续深化法治政府建设示范创建。"))
                .signOff(LocalDate.of(2025, 2, 18))
                .build();
    }
}
