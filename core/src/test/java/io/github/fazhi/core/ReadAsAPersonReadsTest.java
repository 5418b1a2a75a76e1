package io.github.fazhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The misreads seen on real published reports (issue 12), each on a report written for a fictional office,
 * read as a person reads it: title, issuer, year, the parts' kinds and headings, where page furniture went.
 * Each also round-trips: the text the plain-text writer gives reads back into the same report, and is the
 * input again but for white space.
 */
class ReadAsAPersonReadsTest {

    private static final PlainTextReader READER = PlainTextReader.standard();

    /** Reads {@code text} and checks the round trip before returning the report. */
    private static AnnualReport read(String text) {
        AnnualReport report = READER.read(text, "r.txt");
        String written = PlainTextWriter.standard().write(report);
        assertThat(PlainTextReaderTest.withoutWhitespace(written))
                .as("the writer gives the input back")
                .isEqualTo(PlainTextReaderTest.withoutWhitespace(text));
        assertThat(READER.read(written, "written.txt").withoutSpans())
                .as("what the writer wrote reads back into the same report")
                .isEqualTo(report.withoutSpans());
        return report;
    }

    private static List<SectionKind> kinds(AnnualReport r) {
        return r.sections().stream().map(Section::kind).toList();
    }

    @Test
    void aTitleRunIntoThePreambleOnOneLineIsFound() {
        AnnualReport r = read("清河市清河区人民政府关于2023年度法治政府建设情况的报告2023年，区政府在区委的领导下深入推进依法行政，"
                + "法治政府建设取得新进展。现将有关情况报告如下：\n"
                + "一、2023年推进法治政府建设的主要举措和成效\n"
                + "全年制定行政规范性文件5件，全部经过合法性审查。\n"
                + "二、2023年推进法治政府建设存在的不足和原因\n"
                + "基层执法力量仍然薄弱，原因在于编制不足。\n");
        assertThat(r.title()).map(Title::text).contains("清河市清河区人民政府关于2023年度法治政府建设情况的报告");
        assertThat(r.title().orElseThrow().span()).map(SourceSpan::endColumn).contains(30);
        assertThat(r.issuer()).contains("清河市清河区人民政府");
        assertThat(r.reportingYear()).isEqualTo(OptionalInt.of(2023));
        assertThat(r.preamble())
                .extracting(Block::text)
                .singleElement()
                .asString()
                .startsWith("2023年，区政府在区委的领导下");
        assertThat(r.preamble().get(0).span()).map(SourceSpan::column).contains(30);
        assertThat(kinds(r)).containsExactly(SectionKind.MEASURES_AND_RESULTS, SectionKind.SHORTCOMINGS_AND_CAUSES);
        // a preamble that merely names the report is not a title
        AnnualReport notTitle = READER.read("现将2023年法治政府建设情况报告如下：\n一、主要做法\n全年开展培训3次。\n");
        assertThat(notTitle.title()).isEmpty();
    }

    static final String PORTAL_PAGE = "首页 > 政务公开 > 法定主动公开内容 > 法治政府建设年度报告\n"
            + "清河区市场监督管理局2023年法治政府建设年度报告\n"
            + "发布时间：2024-03-20 10:30 来源：区市场监管局 字号：大 中 小 打印本页\n"
            + "索引号：11330102MB1234567X/2024-00012 发布机构：清河区市场监督管理局\n"
            + "区委、区政府：\n"
            + "2023年，区市场监管局坚持依法行政，各项工作取得新成效。现将有关情况报告如下：\n"
            + "一、2023年推进法治政府建设的主要举措和成效\n"
            + "全年办理行政处罚案件312件，案卷评查合格率100%。\n"
            + "二、2023年推进法治政府建设存在的不足和原因\n"
            + "一是执法人员专业能力有待提升；二是信息化水平不高。主要原因是培训不够系统。\n"
            + "三、2023年党政主要负责人履行推进法治建设第一责任人职责情况\n"
            + "局主要负责人带头学法，主持召开专题会议4次，研究部署法治建设重点任务。\n"
            + "四、2024年推进法治政府建设的主要安排\n"
            + "2024年，区市场监管局将继续深化“双随机、一公开”监管。\n"
            + "清河区市场监督管理局\n"
            + "2024年1月15日\n"
            + "分享到：\n"
            + "【打印本页】【关闭窗口】\n"
            + "上一篇：清河区市场监督管理局2022年法治政府建设年度报告\n"
            + "下一篇：关于公布2023年度行政执法数据的公告\n"
            + "扫一扫在手机打开当前页\n"
            + "版权所有：清河区人民政府 网站标识码：3301000000 浙ICP备12345678号\n";

    @Test
    void aJointTitleNamesBothIssuersWhetherOnOneLineOrTwo() {
        String body = "2024年，区委、区政府统筹推进法治政府建设。现将有关情况报告如下：\n"
                + "一、2024年推进法治政府建设的主要举措和成效\n"
                + "区委常委会会议专题研究法治建设8次。\n"
                + "中共清河市清河区委员会\n"
                + "清河市清河区人民政府\n"
                + "2025年2月18日\n";
        AnnualReport oneLine = read("中共清河市清河区委员会 清河市清河区人民政府关于2024年法治政府建设情况的报告\n" + body);
        AnnualReport twoLines = read("中共清河市清河区委员会\n清河市清河区人民政府关于2024年法治政府建设情况的报告\n" + body);
        for (AnnualReport r : List.of(oneLine, twoLines)) {
            assertThat(r.metadata().issuers()).containsExactly("中共清河市清河区委员会", "清河市清河区人民政府");
        }
        // with no sign-off, the title's names split at the space
        AnnualReport unsigned =
                read("中共清河市清河区委员会 清河市清河区人民政府关于2024年法治政府建设情况的报告\n" + body.substring(0, body.indexOf("中共")));
        assertThat(unsigned.metadata().issuers()).containsExactly("中共清河市清河区委员会", "清河市清河区人民政府");
    }

    @Test
    void portalFurnitureIsKeptAsFurnitureNeverTitleAddresseeOrParagraph() {
        AnnualReport r = read(PORTAL_PAGE);
        assertThat(r.title()).map(Title::text).contains("清河区市场监督管理局2023年法治政府建设年度报告");
        assertThat(r.issuer()).contains("清河区市场监督管理局");
        assertThat(r.reportingYear()).isEqualTo(OptionalInt.of(2023));
        assertThat(r.metadata().mainRecipients()).containsExactly("区委", "区政府");
        assertThat(r.header())
                .extracting(HeaderLine::kind, HeaderLine::afterTitle, HeaderLine::id)
                .containsExactly(
                        tuple(HeaderLineKind.FURNITURE, false, "hf1"),
                        tuple(HeaderLineKind.FURNITURE, true, "hf2"),
                        tuple(HeaderLineKind.FURNITURE, true, "hf3"),
                        tuple(HeaderLineKind.ADDRESSEE, true, "h1"));
        assertThat(kinds(r))
                .containsExactly(
                        SectionKind.MEASURES_AND_RESULTS,
                        SectionKind.SHORTCOMINGS_AND_CAUSES,
                        SectionKind.FIRST_RESPONSIBLE_PERSON,
                        SectionKind.NEXT_YEAR_PLAN);
        assertThat(r.preamble()).extracting(Block::id).containsExactly("pre.p1");
        assertThat(r.signOff().orElseThrow().issuers()).containsExactly("清河区市场监督管理局");
        assertThat(r.signOff().orElseThrow().date()).contains(LocalDate.of(2024, 1, 15));
        assertThat(r.trailing()).hasSize(6).allMatch(b -> b instanceof PageFurniture);
        assertThat(r.walk().filter(e -> e instanceof Paragraph).map(e -> ((Paragraph) e).text()))
                .noneMatch(t -> t.contains("打印") || t.contains("ICP") || t.contains("索引号") || t.contains("首页"));
        // the publication date the page gives is the disclosure's
        assertThat(r.metadata().disclosure()).hasValueSatisfying(d -> {
            assertThat(d.date()).contains(LocalDate.of(2024, 3, 20));
            assertThat(d.channel()).contains(DisclosureChannel.PORTAL);
        });
    }

    @Test
    void breadcrumbsAfterALocationLabelAndMetadataTablesAreFurnitureToo() {
        AnnualReport r = read("当前位置：首页 > 信息公开 > 部门文件\n"
                + "清河区清源街道办事处关于2024年度法治政府建设情况的报告\n"
                + "信息来源：清源街道 发布日期：2025年3月28日 浏览次数：128\n"
                + "2024年，清源街道坚持依法办事。现将有关情况报告如下：\n"
                + "一、主要举措和成效\n"
                + "全年调处矛盾纠纷260件。\n");
        assertThat(r.title()).map(Title::text).contains("清河区清源街道办事处关于2024年度法治政府建设情况的报告");
        assertThat(r.header()).extracting(HeaderLine::kind).containsOnly(HeaderLineKind.FURNITURE);
        assertThat(r.metadata().mainRecipients()).isEmpty();
        assertThat(r.metadata().disclosure().flatMap(Disclosure::date)).contains(LocalDate.of(2025, 3, 28));
    }

    /** A sentence of exactly 165 characters, ending in 。. */
    static final String LONG_SENTENCE;

    static {
        String s = "区司法局坚持以习近平法治思想为指导，认真贯彻落实党中央、国务院关于法治政府建设的决策部署，"
                + "围绕全区中心工作，统筹推进依法行政制度建设、行政决策科学化民主化法治化、行政执法规范化、行政权力制约监督和社会矛盾纠纷化解等各项工作，"
                + "推动法治政府建设各项任务落地落实，为全区经济社会高质量发展提供坚实法治保障";
        while (s.length() < 164) {
            s += "和";
        }
        LONG_SENTENCE = s.substring(0, 164) + "。";
    }

    @Test
    void inlineEnumerationLinesAndLongSentencesAreNeverHeadings() {
        assertThat(LONG_SENTENCE).hasSize(165);
        AnnualReport r = read("清河区司法局2023年法治政府建设年度报告\n"
                + "2023年，区司法局扎实推进法治政府建设。现将有关情况报告如下：\n"
                + "一、2023年推进法治政府建设的主要举措和成效\n"
                + "（一）强化组织领导。局党组召开专题会议研究法治建设工作。\n"
                + "一是健全工作机制\n"
                + "二是压实工作责任\n"
                + "三是主要负责人履行推进法治建设第一责任人职责\n"
                + "（二）" + LONG_SENTENCE + "\n"
                + LONG_SENTENCE + "\n"
                + "二、2023年推进法治政府建设存在的不足和原因\n"
                + "个别执法人员程序意识不强。\n");
        assertThat(kinds(r)).containsExactly(SectionKind.MEASURES_AND_RESULTS, SectionKind.SHORTCOMINGS_AND_CAUSES);
        Section part = r.sections().get(0);
        assertThat(part.subsections())
                .extracting(s -> s.printedNumber().orElseThrow())
                .containsExactly("（一）", "（二）");
        Section first = part.subsections().get(0);
        assertThat(first.paragraphs())
                .extracting(Paragraph::text)
                .containsExactly("局党组召开专题会议研究法治建设工作。", "一是健全工作机制", "二是压实工作责任", "三是主要负责人履行推进法治建设第一责任人职责");
        // the 三是 line names the first-responsible-person duty but is an item of a paragraph, not a part
        assertThat(r.hasSection(SectionKind.FIRST_RESPONSIBLE_PERSON)).isFalse();
        // a numbered 165-character sentence is a numbered paragraph: its label, no heading, the text its paragraph
        Section second = part.subsections().get(1);
        assertThat(second.heading()).isEmpty();
        assertThat(second.runIn()).isTrue();
        assertThat(second.paragraphs()).extracting(Paragraph::text).containsExactly(LONG_SENTENCE, LONG_SENTENCE);
        assertThat(r.allSections())
                .allSatisfy(s -> assertThat(s.heading().length()).isLessThanOrEqualTo(60));
    }

    @Test
    void shortUnnumberedHeadingLinesAreSections() {
        AnnualReport r = read("清源街道办事处2021年法治政府建设情况报告\n"
                + "2021年，清源街道在区委、区政府的领导下依法履职。现将有关情况报告如下：\n"
                + "2021年清源街道法治政府建设工作\n"
                + "今年以来，街道把法治建设摆在突出位置，全年开展普法宣传32场，调处矛盾纠纷186件。\n"
                + "坚持依法行政 建设人民满意的法治政府\n"
                + "街道严格落实重大行政决策程序，全年集体讨论重大事项14项。\n"
                + "存在的问题和不足\n"
                + "一是部分干部法治意识有待增强；二是执法力量不足，原因在于人员编制有限。\n"
                + "下一步工作打算\n"
                + "2022年，街道将继续推进基层依法治理。\n"
                + "清源街道办事处\n"
                + "2022年1月10日\n");
        assertThat(r.reportingYear()).isEqualTo(OptionalInt.of(2021));
        assertThat(r.preamble()).hasSize(1);
        assertThat(r.sections())
                .extracting(Section::heading, Section::kind)
                .containsExactly(
                        tuple("2021年清源街道法治政府建设工作", SectionKind.MEASURES_AND_RESULTS),
                        tuple("坚持依法行政 建设人民满意的法治政府", SectionKind.THEMATIC),
                        tuple("存在的问题和不足", SectionKind.SHORTCOMINGS_AND_CAUSES),
                        tuple("下一步工作打算", SectionKind.NEXT_YEAR_PLAN));
        assertThat(r.sections()).allSatisfy(s -> {
            assertThat(s.printedNumber()).contains("");
            assertThat(s.level()).isEqualTo(1);
            assertThat(s.paragraphs()).hasSize(1);
        });
        assertThat(r.sections()).extracting(s -> s.number().ordinal()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aReportWhoseWholeBodyIsUnnumberedSectionsHasSections() {
        AnnualReport r = read("清河区市场监督管理局2024年法治政府建设年度报告\n"
                + "强化组织领导 压实法治建设责任\n"
                + "局党组全年专题研究法治政府建设工作4次，制定年度工作要点。\n"
                + "规范执法行为 提升监管效能\n"
                + "全面推行行政执法公示制度，全年公示执法信息1260条。\n"
                + "化解矛盾纠纷 维护群众权益\n"
                + "办理投诉举报5320件，按时办结率99.8%。\n");
        assertThat(r.preamble()).isEmpty();
        assertThat(r.sections())
                .extracting(Section::heading)
                .containsExactly("强化组织领导 压实法治建设责任", "规范执法行为 提升监管效能", "化解矛盾纠纷 维护群众权益");
        assertThat(r.reportingYear()).isEqualTo(OptionalInt.of(2024));
        assertThat(r.issuer()).contains("清河区市场监督管理局");
    }

    @Test
    void theYearComesFromThePreamblesReportingFormulaWhenTitleAndHeadingsHaveNone() {
        AnnualReport r = read("关于法治政府建设工作情况的报告\n"
                + "区委、区政府：\n"
                + "按照区委依法治区办的要求，现将我局2022年法治政府建设工作情况报告如下：\n"
                + "一、主要工作措施\n"
                + "全年审查行政规范性文件8件。\n"
                + "二、存在的问题\n"
                + "执法监督还不够有力。\n"
                + "三、下一步工作打算\n"
                + "持续深化行政执法“三项制度”。\n");
        assertThat(r.reportingYear()).isEqualTo(OptionalInt.of(2022));
        assertThat(kinds(r))
                .containsExactly(
                        SectionKind.MEASURES_AND_RESULTS,
                        SectionKind.SHORTCOMINGS_AND_CAUSES,
                        SectionKind.NEXT_YEAR_PLAN);
        // a cited document's years are never the report's
        AnnualReport cited = READER.read("根据《清河区法治政府建设规划（2021—2025年）》，现将有关情况报告如下：\n一、主要做法\n……\n");
        assertThat(cited.reportingYear()).isEmpty();
    }

    @Test
    void measuresWordedAsMeasuresAreTheMeasuresPart() {
        AnnualReport r = read("清河区司法局2022年法治政府建设年度报告\n"
                + "一、2022年法治政府建设主要措施\n"
                + "全年开展行政执法培训6期。\n"
                + "二、2022年度法治政府建设工作措施及成效\n"
                + "行政复议纠错率下降2个百分点。\n"
                + "三、2023年法治政府建设主要措施\n"
                + "推进行政执法规范化建设。\n");
        assertThat(kinds(r))
                .containsExactly(
                        SectionKind.MEASURES_AND_RESULTS, SectionKind.MEASURES_AND_RESULTS, SectionKind.NEXT_YEAR_PLAN);
    }
}
