package io.github.fazhi.validation.rules;

import static io.github.fazhi.validation.Samples.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.validation.Samples;
import io.github.fazhi.validation.Severity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EncodingDamageRuleTest {

    private static final String ID = "encoding-damage";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "全区行政复议案件纠错率为5.2%,较上年下降1个百分点。",
                "执法是否规范?群众是否满意?我们逐项对照检查。",
                "法治素养好不好?依法办事能力强不强?以此衡量干部。",
                "引进A级律师事务所参与论证,采用5G网络开展远程调解。",
                "Q&A: 常见问题解答(FAQ)。"
            })
    void realTextPasses(String text) {
        assertThat(findings(Read.withPart(0, List.of(), text), ID)).isEmpty();
        assertThat(findings(Samples.clean(), ID)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "全面提升依法行政水平?,F将有关情况报告如下。",
                "认真学习《法治政府建设实施?!毒V要》。",
                "全面推进依\uFFFD行政。",
                "全面推进依?行政工作。",
                "组织开展??学法活动。",
                "全面推进依法行政锟斤拷工作。",
                "å¸æ³•å±€组织学法。"
            })
    void damagedTextIsAWarning(String text) {
        AnnualReport report = Read.withPart(0, List.of(), "全年依法行政。", text);

        assertThat(findings(report, ID)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.elementId()).isEqualTo("s1.p2");
            assertThat(f.suggestedFix()).isPresent();
        });
    }
}
