package io.github.fazhi.assertj;

import static io.github.fazhi.assertj.FazhiAssertions.assertThat;
import static io.github.fazhi.assertj.Fixtures.failure;

import io.github.fazhi.core.SourceSpan;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Profile;
import io.github.fazhi.validation.Severity;
import io.github.fazhi.validation.ValidationReport;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingAssertTest {

    private final ValidationReport legacy = Fixtures.checkedLegacy();

    /** Two numbering gaps, at s1.s2 (line 30) and s3.s1 (line 40), to see the narrowing. */
    private final ValidationReport twoGaps = new ValidationReport(
            List.of(
                    gap("s1.s2", 30, "序号不连续：“（三）”之前缺少（二）"),
                    new Finding(
                            "placeholder",
                            Severity.WARNING,
                            "有未填写的占位符“××”",
                            "s2.p1",
                            Optional.of(SourceSpan.ofLine(35, 3, 2)),
                            Optional.empty(),
                            Map.of()),
                    gap("s3.s1", 40, "序号不连续：“（二）”之前缺少（一）")),
            Optional.empty(),
            Profile.national(),
            Locale.SIMPLIFIED_CHINESE);

    private static Finding gap(String elementId, int line, String message) {
        return new Finding(
                "numbering-gap",
                Severity.ERROR,
                message,
                elementId,
                Optional.of(SourceSpan.ofLine(line, 1, 5)),
                Optional.of("补上缺少的序号"),
                Map.of("level", 2));
    }

    @Test
    void at() {
        assertThat(legacy).hasFinding("numbering-gap").at("s1.s2");
        failure(() -> assertThat(legacy).hasFinding("numbering-gap").at("s3"))
                .hasMessageContaining("期望规则 numbering-gap 的发现中有位于 s3 的，但没有。规则 numbering-gap 的发现为：\n"
                        + "  - [错误] numbering-gap qinghe-sifaju-2022-legacy.txt:9:1（s1.s2）：序号不连续");
    }

    @Test
    void atTheReportAsAWhole() {
        assertThat(legacy).hasFinding("part-missing").at(Finding.REPORT);
    }

    @Test
    void within() {
        assertThat(legacy).hasFinding("numbering-gap").within("s1");
        failure(() -> assertThat(legacy).hasFinding("numbering-gap").within("s2"))
                .hasMessageContaining("中有位于章节 s2 之内的，但没有。");
    }

    @Test
    void withinDoesNotMatchAnotherSectionWithTheSamePrefix() {
        failure(() -> assertThat(twoGaps).hasFinding("numbering-gap").within("s3.s"))
                .hasMessageContaining("位于章节 s3.s 之内");
    }

    @Test
    void atLine() {
        assertThat(legacy).hasFinding("numbering-gap").atLine(9);
        failure(() -> assertThat(legacy).hasFinding("numbering-gap").atLine(10))
                .hasMessageContaining("期望规则 numbering-gap 的发现中有在第 10 行的，但没有。");
    }

    @Test
    void withSeverity() {
        assertThat(legacy).hasFinding("numbering-gap").withSeverity(Severity.ERROR);
        failure(() -> assertThat(legacy).hasFinding("numbering-gap").withSeverity(Severity.WARNING))
                .hasMessageContaining("期望规则 numbering-gap 的发现中有严重程度为警告的，但没有。");
    }

    @Test
    void withMessage() {
        assertThat(legacy).hasFinding("numbering-gap").withMessage("序号不连续：“（三）”之前缺少（二）");
        failure(() -> assertThat(legacy).hasFinding("numbering-gap").withMessage("序号不连续"))
                .hasMessageContaining("中有消息为“序号不连续”的，但没有。");
    }

    @Test
    void withMessageContaining() {
        assertThat(legacy).hasFinding("part-missing").withMessageContaining("不足和原因");
        failure(() -> assertThat(legacy).hasFinding("part-missing").withMessageContaining("下一年度"))
                .hasMessageContaining("期望规则 part-missing 的发现中有消息含有“下一年度”的，但没有。规则 part-missing 的发现为：\n"
                        + "  - [错误] part-missing qinghe-sifaju-2022-legacy.txt 全文：缺少必备内容第2项");
    }

    @Test
    void withSuggestedFix() {
        assertThat(legacy).hasFinding("numbering-gap").withSuggestedFix();
        failure(() -> assertThat(twoGaps).hasFinding("placeholder").withSuggestedFix())
                .hasMessageContaining("期望规则 placeholder 的发现中有带有修改建议的，但没有。");
    }

    @Test
    void withSuggestedFixContaining() {
        assertThat(legacy).hasFinding("numbering-gap").withSuggestedFixContaining("补上缺少的序号（二）");
        failure(() -> assertThat(legacy).hasFinding("numbering-gap").withSuggestedFixContaining("删去"))
                .hasMessageContaining("中有建议含有“删去”的，但没有。")
                .hasMessageContaining("建议：补上缺少的序号（二）");
    }

    @Test
    void withDetail() {
        assertThat(legacy).hasFinding("numbering-gap").withDetail("level", 2).withDetail("found", "（三）");
        failure(() -> assertThat(legacy).hasFinding("numbering-gap").withDetail("level", 3))
                .hasMessageContaining("中有细节 level 为 3 的，但没有。");
    }

    @Test
    void hasCount() {
        assertThat(twoGaps)
                .hasFinding("numbering-gap")
                .hasCount(2)
                .withSeverity(Severity.ERROR)
                .hasCount(2);
        failure(() -> assertThat(twoGaps)
                        .hasFinding("numbering-gap")
                        .at("s3.s1")
                        .hasCount(2))
                .hasMessageContaining(
                        "期望规则 numbering-gap 的发现（位于 s3.s1）有 2 个，但有 1 个：\n" + "  - [错误] numbering-gap 40:1（s3.s1）");
    }

    @Test
    void eachStepNarrowsTheFindings() {
        assertThat(twoGaps).hasFinding("numbering-gap").at("s3.s1").atLine(40);
        assertThat(twoGaps).hasFinding("numbering-gap").atLine(30).withMessageContaining("（三）");
        failure(() -> assertThat(twoGaps)
                        .hasFinding("numbering-gap")
                        .at("s3.s1")
                        .atLine(30))
                .hasMessageContaining("期望规则 numbering-gap 的发现（位于 s3.s1）中有在第 30 行的，但没有。"
                        + "规则 numbering-gap 的发现（位于 s3.s1）为：\n  - [错误] numbering-gap 40:1（s3.s1）")
                .hasMessageNotContaining("30:1");
        failure(() -> assertThat(twoGaps)
                        .hasFinding("numbering-gap")
                        .withSeverity(Severity.ERROR)
                        .at("s3.s1")
                        .withMessageContaining("（三）"))
                .hasMessageContaining("规则 numbering-gap 的发现（严重程度为错误、位于 s3.s1）中有消息含有“（三）”的");
    }

    @Test
    void oneFindingOnItsOwn() {
        Finding first = twoGaps.findings().get(0);
        assertThat(first).at("s1.s2").atLine(30).withSeverity(Severity.ERROR);
        failure(() -> assertThat(first).at("s3.s1")).hasMessageContaining("期望规则 numbering-gap 的发现中有位于 s3.s1 的");
    }

    @Test
    void englishMessages() {
        failure(() -> assertThat(twoGaps)
                        .inLocale(Locale.ENGLISH)
                        .hasFinding("numbering-gap")
                        .at("s3.s1")
                        .withSeverity(Severity.WARNING))
                .hasMessageContaining(
                        "Expecting among the findings of the rule numbering-gap (at s3.s1) one of severity"
                                + " warning, but there is none. The findings of the rule numbering-gap (at s3.s1):\n"
                                + "  - [error] numbering-gap at 40:1 (s3.s1): ");
    }

    @Test
    void theDescriptionCarriesOver() {
        failure(() -> assertThat(twoGaps).as("第二稿").hasFinding("numbering-gap").at("s9"))
                .hasMessageStartingWith("[第二稿] ");
    }
}
