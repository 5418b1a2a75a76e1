package io.github.fazhi.render;

import io.github.fazhi.core.AdministrativeLevel;
import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.SubjectType;
import io.github.fazhi.core.Title;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sample reports for the renderer tests, for a fictional office. All text is written for these tests;
 * none of it comes from a published report.
 */
public final class SampleReports {

    private SampleReports() {}

    /**
     * A complete department report: issuer line, title, addressee, preamble, the five mandated parts with
     * run-in and stand-alone sub-sections down to level 4, and the sign-off.
     */
    public static AnnualReport sample() {
        AnnualReport built = AnnualReport.builder()
                .issuer("清河市清河区司法局")
                .reportingYear(2024)
                .subject(SubjectType.GOVERNMENT_DEPARTMENT, AdministrativeLevel.COUNTY)
                .mainRecipients("区委", "区政府")
                .documentNumber("清区司呈〔2025〕2号")
                .preamble("2024年，区司法局在区委、区政府领导和市司法局指导下，把法治政府建设作为全局工作的主线，"
                        + "围绕“办好群众身边的法治小事”这一年度目标，逐项落实年初确定的23项任务。现将有关情况报告如下：")
                .measuresAndResults(part -> part.runIn(
                                "抓学习，夯实法治思维根基",
                                "局党组全年召开理论学习中心组学法会议6次，围绕新修订的行政复议法和行政执法监督工作开展专题研讨；" + "组织全局干部参加线上学法考试，参考率、合格率均达到100%。")
                        .runIn(
                                "抓制度，规范行政决策程序",
                                "全年对区政府及部门拟出台的规范性文件、重大行政决策和合同开展合法性审查，做到应审尽审。",
                                sub -> sub.runIn("严格合法性审查", "审查规范性文件27件、重大行政决策事项9件，提出修改意见64条，采纳率93%。")
                                        .runIn("发挥法律顾问作用", "组织12名法律顾问参与征地补偿、国企改制等事项论证，出具书面意见41份。"))
                        .subsection(
                                "抓执法，提升执法规范化水平",
                                sub -> sub.paragraph("以行政执法“三项制度”为抓手，推动全区28个执法单位统一执法文书、统一案卷标准。")
                                        .subsection(
                                                "开展执法案卷评查",
                                                item -> item.paragraph("随机抽取行政处罚和行政许可案卷180卷，评出优秀案卷21卷，对发现的问题逐一反馈整改。")
                                                        .runIn("聚焦重点领域", "对生态环境、市场监管、交通运输三个领域开展专项评查，督促整改问题37个。")
                                                        .runIn("推行说理式执法", "在城管、卫健等部门推行说理式执法文书，当事人主动履行率提高到86%。"))
                                        .subsection(
                                                "落实包容审慎监管",
                                                item -> item.paragraph("制定轻微违法行为不予处罚清单，全年对312家经营主体依法不予处罚。")))
                        .runIn(
                                "抓化解，推动矛盾纠纷就地解决",
                                "办理行政复议案件146件，综合纠错率11.6%；行政机关负责人出庭应诉率保持100%；" + "全区人民调解组织调处纠纷2870件，调解成功率98%。"))
                .shortcomingsAndCauses(part -> part.paragraph("一是部分执法单位对新修订的行政复议法理解不深，复议纠错案件仍集中在程序环节；"
                                + "二是镇街法治力量薄弱，法制审核人员多为兼职；三是法治宣传形式较为单一，覆盖新就业群体不够。")
                        .paragraph("究其原因，主要是培训的针对性不强，基层法治队伍建设投入不足，普法责任制考核还不够具体。"))
                .firstResponsiblePerson(part -> part.paragraph(
                                "局主要负责同志切实履行推进法治建设第一责任人职责，全年主持召开局党组会议研究法治政府建设工作5次，" + "亲自部署年度工作要点，亲自协调解决镇街法制审核人员配备问题。")
                        .paragraph("带头出庭应诉2次，带头开展会前学法，并在年终述职中专题述法，接受区委依法治区办点评。"))
                .nextYearPlan(part -> part.runIn("提升复议质效", "推行行政复议案件繁简分流，力争复议案件平均办理时间缩短到45日以内。")
                        .runIn("加强基层法治力量", "为每个镇街配备至少1名专职法制审核人员，全年组织专题培训不少于4期。")
                        .runIn("创新普法方式", "面向外卖骑手、网约车司机等新就业群体开展“法治夜校”活动不少于20场。"))
                .other(part -> part.paragraph("本年度无其他需要报告的情况。"))
                .signOff(LocalDate.of(2025, 1, 20))
                .build();
        List<HeaderLine> header = new ArrayList<>();
        header.add(HeaderLine.of(HeaderLineKind.DOCUMENT_NUMBER, "清区司呈〔2025〕2号"));
        header.addAll(built.header());
        return new AnnualReport(
                built.metadata(),
                header,
                built.title(),
                built.preamble(),
                built.sections(),
                built.signOff(),
                List.of());
    }

    /**
     * The sample with every kind of text field filled: header lines of every kind, a title printed over
     * two lines, labels kept as printed, joint issuers and a paragraph after the sign-off. Its structure
     * does not depend on its text, so {@link ReportText#map} can put any text into every field.
     */
    public static AnnualReport everyField() {
        AnnualReport s = sample();
        List<HeaderLine> header = new ArrayList<>();
        header.add(HeaderLine.of(HeaderLineKind.ISSUER, "清河市清河区司法局"));
        header.addAll(s.header());
        header.add(new HeaderLine("", HeaderLineKind.OTHER, "（此件公开发布）", true, Optional.empty()));
        return new AnnualReport(
                s.metadata().toBuilder()
                        .issuers(List.of("清河市清河区司法局", "清河市清河区普法办"))
                        .signatory("王某某")
                        .build(),
                header,
                Optional.of(Title.ofLines(List.of("清河市清河区司法局", "关于2024年法治政府建设情况的报告"), Optional.empty())),
                s.preamble(),
                s.sections().stream().map(SampleReports::printedLabels).toList(),
                Optional.of(new SignOff(
                        SignOff.ID,
                        List.of("清河市清河区司法局", "清河市清河区普法办"),
                        Optional.of("2025年1月20日"),
                        Optional.of(LocalDate.of(2025, 1, 20)),
                        Optional.empty())),
                List.of(Paragraph.of("附件：2024年度行政执法数据统计表")));
    }

    private static Section printedLabels(Section s) {
        return s.toBuilder()
                .printedNumber(s.label())
                .subsections(s.subsections().stream()
                        .map(SampleReports::printedLabels)
                        .toList())
                .build();
    }
}
