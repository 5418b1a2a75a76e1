package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Title;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitleTopicRuleTest {

    private static AnnualReport titled(String title) {
        return Samples.clean().withTitle(Optional.of(Title.of(title)));
    }

    @Test
    void aTitleWithTopicAndYearPasses() {
        assertThat(findings(Samples.clean(), "title-topic")).isEmpty();
        assertThat(findings(titled("清河区司法局关于2024年度法治政府建设情况的报告"), "title-topic")).isEmpty();
    }

    @Test
    void aTitleWithoutTheYearIsAnError() {
        assertThat(findings(titled("清河区司法局法治政府建设年度报告"), "title-topic"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message()).contains("没有年份");
                    assertThat(f.suggestedFix()).contains("在标题中写明年份“2024年”");
                });
    }

    @Test
    void aTitleWithoutTheTopicIsAnError() {
        assertThat(findings(titled("清河区司法局2024年依法行政工作报告"), "title-topic"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("没有“法治政府建设”"));
    }
}
