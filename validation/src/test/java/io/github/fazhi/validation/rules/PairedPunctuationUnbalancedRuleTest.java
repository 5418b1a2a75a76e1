package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.validation.Severity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PairedPunctuationUnbalancedRuleTest {

    private static final String ID = "paired-punctuation-unbalanced";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "落实《法治政府建设实施纲要（2021—2025年）》，增强“四个意识”。",
                "落实《法治政府建设实施纲要(2021—2025年)》,增强“四个意识”。",
                "落实《法治政府建设实施纲要（2021—2025年)》，宽窄混用的括号算作一对。",
                "1）完善合法性审查流程。",
                "主要做法：1)完善合法性审查流程；2)组织法律顾问参与论证。",
                "（1）完善合法性审查流程；（2）组织法律顾问参与论证。",
                "开展“‘谁执法谁普法’责任制”落实情况评估。"
            })
    void pairedMarksPass(String text) {
        assertThat(findings(Read.withPart(0, List.of(), text), ID)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "先后在《人民日报》《法治日报、《清河日报》刊发经验。|《",
                "先后在《人民日报》、法治日报》刊发经验。|》",
                "开展“谁执法谁普法责任制落实评估。|“",
                "聘请法律顾问（含公职律师3名，参与论证。|（",
                "聘请法律顾问含公职律师3名）参与论证。|）"
            })
    void aMarkOutOfPlaceIsAWarning(String text, String mark) {
        AnnualReport report = Read.withPart(0, List.of(), "全年依法行政。", text);

        assertThat(findings(report, ID)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementId()).isEqualTo("s1.p2");
            assertThat(f.detail()).containsEntry("mark", mark);
            assertThat(f.suggestedFix()).isPresent();
        });
    }
}
