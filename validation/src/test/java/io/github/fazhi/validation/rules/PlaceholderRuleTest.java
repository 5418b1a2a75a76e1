package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholderRuleTest {

    @Test
    void realTextPasses() {
        assertThat(findings(Samples.clean(), "placeholder")).isEmpty();
        AnnualReport look = Read.withPart(0, List.of(), "【典型案例】张某诉某公司一案已审结。", "引进Xbox游戏开发团队。", "约有1,200人次参加。");
        assertThat(findings(look, "placeholder")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "XX市司法局组织开展培训。",
                "全年开展培训××次。",
                "某某局牵头落实。",
                "开展行政执法检查*次。",
                "2024年由【单位名称】负责。",
                "（此处填写主要成效）",
                "x01x年度工作要点。",
                "【请填写：党政主要负责人履行推进法治建设第一责任人职责的情况，写明主要负责同志如何部署、推动和督办】"
            })
    void templateLeftoversAreErrors(String text) {
        AnnualReport report = Read.withPart(0, List.of(), "全年依法行政。", text);

        assertThat(findings(report, "placeholder")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementId()).isEqualTo("s1.p2");
        });
    }
}
