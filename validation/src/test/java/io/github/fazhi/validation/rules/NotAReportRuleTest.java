package io.github.fazhi.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import io.github.fazhi.validation.ValidationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotAReportRuleTest {

    private static final String ID = "not-a-report";

    private static ValidationReport check(String text) {
        AnnualReport report = PlainTextReader.standard().read(text, "input.txt");
        return Samples.NATIONAL.validate(report);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the opening of a report: parts, no title
                "2024年，区司法局统筹推进法治政府建设。\n\n一、主要举措和成效\n\n全年审查文件12件。\n",
                // a title on the topic and a preamble only
                "清河市清河区司法局关于2024年法治政府建设情况的报告\n\n2024年，区司法局统筹推进法治政府建设。\n",
                // no title, no parts, but the reporting formula
                "区司法局统筹推进法治政府建设。现将有关情况报告如下：\n\n全年审查文件12件。\n"
            })
    void whatReadsAsAReportIsCheckedAsOne(String text) {
        assertThat(check(text).findings(ID)).isEmpty();
        assertThat(Samples.NATIONAL.validate(Samples.clean()).findings(ID)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "# Sample files\n\nThis folder holds reports used by the tests.\n\n## Files\n\n- a.txt: 区司法局的报告，第一责任人部分齐全\n",
                "张科长：\n\n您好！上周送来的材料已收到，我们会尽快研究，下周二前答复。\n\n此致\n敬礼\n\n李明\n2025年3月2日\n"
            })
    void aTextThatIsNoReportGetsThatOneFindingAlone(String text) {
        ValidationReport result = check(text);

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(ID);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementId()).isEqualTo(Finding.REPORT);
            assertThat(f.message()).contains("不是法治政府建设年度报告");
        });
    }
}
