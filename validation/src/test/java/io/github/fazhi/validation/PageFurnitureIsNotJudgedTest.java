package io.github.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Page furniture a reader kept (a portal's breadcrumb, its 发布时间 and 索引号 lines, share and print buttons, the
 * site footer) is not the report: the rules neither judge it nor count it as the report's text.
 */
class PageFurnitureIsNotJudgedTest {

    static final String PAGE = "首页 > 政务公开 > 法定主动公开内容\n"
            + "清河区司法局2025年法治政府建设年度报告\n"
            + "发布时间：2026-03-20 来源：区司法局 字号：大 中 小 打印本页\n"
            + "索引号：XXXX-2026-00012 发布机构：清河区司法局\n"
            + "2025年，区司法局坚持依法行政。现将有关情况报告如下：\n"
            + "一、2025年推进法治政府建设的主要举措和成效\n"
            + "全年审查规范性文件12件，办理行政复议案件146件。\n"
            + "二、2025年推进法治政府建设存在的不足和原因\n"
            + "【打印本页】【关闭窗口】\n"
            + "三、2025年党政主要负责人履行推进法治建设第一责任人职责情况\n"
            + "局主要负责人带头学法，主持研究部署法治建设工作，年终述法。\n"
            + "四、2026年推进法治政府建设的主要安排\n"
            + "2026年，区司法局将持续推进严格规范公正文明执法。\n"
            + "清河区司法局\n"
            + "2026年1月20日\n"
            + "版权所有：清河区人民政府 网站标识码：3301000000 浙ICP备12345678号\n";

    private static List<String> findings(AnnualReport r) {
        return ReportValidator.national().validate(r).findings().stream()
                .map(f -> f.ruleId() + " " + f.elementId())
                .toList();
    }

    @Test
    void theRulesJudgeTheReportAsIfTheFurnitureWereNotThere() {
        AnnualReport r = PlainTextReader.standard().read(PAGE, "page.txt");
        List<String> found = findings(r);
        assertThat(found).isEqualTo(findings(r.withoutPageFurniture()));
        // the XXXX of the 索引号 is no placeholder, the 首页 > … no half-width punctuation of the report's
        assertThat(found).noneMatch(f -> f.startsWith("placeholder") || f.startsWith("halfwidth-punctuation"));
        // part 二 holds only a print button: it is empty
        assertThat(found).contains("part-empty s2");
        assertThat(found).noneMatch(f -> f.startsWith("title-missing") || f.startsWith("part-missing"));
    }
}
