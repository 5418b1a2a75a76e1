package io.github.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ChineseNumerals;
import io.github.fazhi.core.PlainTextReader;
import org.junit.jupiter.api.Test;

/**
 * Issue #17 item 1: the rules are linear in the size of the report, so a 32,000-section text is checked (a
 * quadratic rule would not finish here). How long it takes is measured by the JMH benchmarks, not here.
 */
class LargeReportTest {

    static String text(int groups, int itemsPerGroup) {
        StringBuilder t = new StringBuilder();
        t.append("清河市清河区司法局2024年法治政府建设年度报告\n\n");
        t.append("2024年，区司法局在区委、区政府的领导下，统筹推进法治政府建设各项工作。现将有关情况报告如下：\n\n");
        t.append("一、2024年推进法治政府建设的主要举措和成效\n");
        for (int g = 1; g <= groups; g++) {
            t.append('（')
                    .append(ChineseNumerals.format(g))
                    .append('）')
                    .append("推进第")
                    .append(g)
                    .append("类工作\n");
            for (int i = 1; i <= itemsPerGroup; i++) {
                t.append(i)
                        .append(".完成第")
                        .append(i)
                        .append("项任务。全年办理事项")
                        .append(g + i)
                        .append("件(含复核),按期办结。\n");
            }
        }
        t.append("二、2024年推进法治政府建设存在的不足和原因\n一是基层执法人员法律素养有待提高。究其原因，主要是培训不够。\n");
        t.append("三、2024年党政主要负责人履行推进法治建设第一责任人职责情况\n");
        t.append("局主要负责人主持召开局党组会议4次研究部署法治政府建设工作，带头学法，督促依法行政，在年终述法中报告履职情况。\n");
        t.append("四、2025年推进法治政府建设的主要安排\n2025年，区司法局将继续深化行政执法规范化建设。\n\n");
        t.append("清河市清河区司法局\n2025年1月20日\n");
        return t.toString();
    }

    @Test
    void aReportOf32000SectionsIsChecked() {
        AnnualReport report = PlainTextReader.standard().read(text(200, 160), "large.txt");
        assertThat(report.allSections().count()).isGreaterThanOrEqualTo(32_000);

        ValidationReport result = Samples.NATIONAL.validate(report, "large.txt");

        assertThat(result.errors()).isEmpty();
        // the half-width marks of 32,000 paragraphs are one finding with every paragraph as a place
        assertThat(result.findings("halfwidth-punctuation"))
                .singleElement()
                .satisfies(f -> assertThat(f.placeCount()).isEqualTo(32_000));
    }
}
