package io.github.fazhi.assertj;

import static io.github.fazhi.assertj.FazhiAssertions.assertThat;
import static io.github.fazhi.assertj.Fixtures.failure;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.validation.Profile;
import io.github.fazhi.validation.ReportValidator;
import io.github.fazhi.validation.Severity;
import io.github.fazhi.validation.ValidatedFile;
import io.github.fazhi.validation.ValidationReport;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValidationReportAssertTest {

    private static final String[] LEGACY_RULES = {
        "part-missing", "title-summary-doctype", "numbering-gap", "frp-duty-coverage", "date-out-of-range"
    };

    private final ValidationReport clean = Fixtures.checkedClean();
    private final ValidationReport legacy = Fixtures.checkedLegacy();

    @Test
    void hasNoErrors() {
        assertThat(clean).hasNoErrors();
        failure(() -> assertThat(legacy).hasNoErrors())
                .hasMessageContaining("期望没有错误，但有 2 个：\n"
                        + "  - [错误] part-missing qinghe-sifaju-2022-legacy.txt 全文：缺少必备内容第2项：推进法治政府建设存在的不足和原因\n"
                        + "      建议：补写“2022年推进法治政府建设存在的不足和原因”部分\n"
                        + "  - [错误] numbering-gap qinghe-sifaju-2022-legacy.txt:9:1（s1.s2）：序号不连续：“（三）”之前缺少（二）\n"
                        + "      建议：补上缺少的序号（二）")
                .hasMessageNotContaining("[警告]");
    }

    @Test
    void hasNoWarnings() {
        assertThat(clean).hasNoWarnings();
        failure(() -> assertThat(legacy).hasNoWarnings())
                .hasMessageContaining("期望没有警告，但有 3 个：")
                .hasMessageContaining("[警告] title-summary-doctype qinghe-sifaju-2022-legacy.txt:1:1（title）：标题")
                .hasMessageNotContaining("[错误]");
    }

    @Test
    void hasNoFindings() {
        assertThat(clean).hasNoFindings();
        failure(() -> assertThat(legacy).hasNoFindings())
                .hasMessageContaining("期望没有任何发现，但有 5 个：")
                .hasMessageContaining("[警告] frp-duty-coverage qinghe-sifaju-2022-legacy.txt:11:1（s2）");
    }

    @Test
    void hasFinding() {
        assertThat(legacy).hasFinding("numbering-gap");
        failure(() -> assertThat(legacy).hasFinding("placeholder"))
                .hasMessageContaining("期望有规则 placeholder 的发现，但没有。全部发现为：\n  - [错误] part-missing");
    }

    @Test
    void hasFindingSaysWhenTheRuleIsNotEnabled() {
        Profile lenient = Profile.extending(Profile.national())
                .name("lenient")
                .disable("numbering-gap")
                .build();
        ValidationReport result =
                ReportValidator.builder().profile(lenient).build().validate(Fixtures.legacy());
        failure(() -> assertThat(result).hasFinding("numbering-gap"))
                .hasMessageContaining("（规则 numbering-gap 在规则集“lenient”中没有启用。）");
    }

    @Test
    void hasNoFinding() {
        assertThat(legacy).hasNoFinding("placeholder");
        failure(() -> assertThat(legacy).hasNoFinding("date-out-of-range"))
                .hasMessageContaining(
                        "期望没有规则 date-out-of-range 的发现，但有 1 个：\n"
                                + "  - [警告] date-out-of-range qinghe-sifaju-2022-legacy.txt:19:1（signoff）：成文日期2022年12月30日不在2023年");
    }

    @Test
    void hasOnlyFindings() {
        assertThat(legacy).hasOnlyFindings(LEGACY_RULES);
        assertThat(clean).hasOnlyFindings();
        failure(() -> assertThat(legacy).hasOnlyFindings("part-missing", "numbering-gap", "placeholder"))
                .hasMessageContaining("期望发现只来自规则 part-missing、numbering-gap、placeholder，且每条规则都有发现，但有规则 "
                        + "title-summary-doctype、frp-duty-coverage、date-out-of-range 的发现；"
                        + "没有规则 placeholder 的发现。全部发现为：");
    }

    @Test
    void hasOnlyFindingsFailsOnAMissingRuleAlone() {
        failure(() -> assertThat(clean).hasOnlyFindings("numbering-gap"))
                .hasMessageContaining("但没有规则 numbering-gap 的发现。全部发现为：\n  （无）");
    }

    @Test
    void hasNoFindingsOtherThan() {
        assertThat(legacy).hasNoFindingsOtherThan(LEGACY_RULES);
        assertThat(clean).hasNoFindingsOtherThan("numbering-gap");
        failure(() -> assertThat(legacy).hasNoFindingsOtherThan("part-missing", "date-out-of-range", "placeholder"))
                .hasMessageContaining("期望除规则 part-missing、date-out-of-range、placeholder 外没有发现，但有 3 个其他发现：")
                .hasMessageContaining("[警告] title-summary-doctype")
                .hasMessageNotContaining("[错误] part-missing");
    }

    @Test
    void hasFindingCount() {
        assertThat(legacy).hasFindingCount(5);
        assertThat(clean).hasFindingCount(0);
        failure(() -> assertThat(legacy).hasFindingCount(6)).hasMessageContaining("期望有 6 个发现，但有 5 个：");
    }

    @Test
    void hasFindingCountOfARule() {
        assertThat(legacy).hasFindingCount("numbering-gap", 1).hasFindingCount("placeholder", 0);
        failure(() -> assertThat(legacy).hasFindingCount("numbering-gap", 2))
                .hasMessageContaining("期望有 2 个规则 numbering-gap 的发现，但有 1 个。全部发现为：");
    }

    @Test
    void hasFindingCountOfASeverity() {
        assertThat(legacy)
                .hasFindingCount(Severity.ERROR, 2)
                .hasFindingCount(Severity.WARNING, 3)
                .hasFindingCount(Severity.INFO, 0);
        failure(() -> assertThat(legacy).hasFindingCount(Severity.ERROR, 0))
                .hasMessageContaining("期望有 0 个错误，但有 2 个。全部发现为：");
    }

    @Test
    void hasNoNewFindings() {
        FindingsBaseline baseline = FindingsBaseline.of(Fixtures.LEGACY_FILE, legacy);
        assertThat(legacy).hasNoNewFindings(baseline).hasNoNewFindings(baseline, Fixtures.LEGACY_FILE);
        assertThat(clean).hasNoNewFindings(FindingsBaseline.empty());
        failure(() -> assertThat(legacy).hasNoNewFindings(FindingsBaseline.empty(), "2022.txt"))
                .hasMessageContaining("期望与基线相比没有新的发现，但有 5 个：\n  - [错误] part-missing 2022.txt 全文");
        failure(() -> assertThat(legacy).hasNoNewFindings(baseline.forFile("other.txt")))
                .hasMessageContaining("期望与基线相比没有新的发现，但有 5 个：\n  - [错误] part-missing qinghe-sifaju-2022-legacy.txt 全文");
    }

    @Test
    void aBaselineOfSeveralFilesNeedsTheFileNamed() {
        FindingsBaseline two =
                FindingsBaseline.of(List.of(new ValidatedFile("a.txt", legacy), new ValidatedFile("b.txt", legacy)));
        ValidationReport unnamed = Fixtures.NATIONAL.validate(Fixtures.legacy());
        assertThatThrownBy(() -> assertThat(unnamed).hasNoNewFindings(two))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("基线记录了 2 个文件的发现（a.txt, b.txt）");
        assertThat(unnamed).hasNoNewFindings(two, "b.txt");
    }

    @Test
    void unknownRuleIdsAreRefused() {
        assertThatThrownBy(() -> assertThat(legacy).hasFinding("numbering-gaps"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The profile \"national\" has no rule with the id numbering-gaps");
        assertThatThrownBy(() -> assertThat(legacy).hasOnlyFindings("part-missing", "no-such-rule"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assertThat(legacy).hasNoFindingsOtherThan("no-such-rule"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void messagesAreInTheLocaleOfTheCheck() {
        ValidationReport english = ReportValidator.builder()
                .locale(Locale.ENGLISH)
                .build()
                .validate(Fixtures.legacy(), Fixtures.LEGACY_FILE);
        failure(() -> assertThat(english).hasNoErrors())
                .hasMessageContaining(
                        "Expecting no errors, but there are 2:\n"
                                + "  - [error] part-missing at qinghe-sifaju-2022-legacy.txt whole report: Mandated part 2 is missing")
                .hasMessageContaining("  - [error] numbering-gap at qinghe-sifaju-2022-legacy.txt:9:1 (s1.s2): ")
                .hasMessageContaining("      fix: ");
    }

    @Test
    void aValidationReportIsShownShortInAssertjsOwnMessages() {
        failure(() -> assertThat(legacy).isEqualTo(clean))
                .hasMessageContaining("ValidationReport[qinghe-sifaju-2022-legacy.txt, profile national, 5 findings: "
                        + "2 errors, 3 warnings, 0 infos]");
    }

    @Test
    void nothingUnderTest() {
        failure(() -> assertThat((ValidationReport) null).hasNoErrors())
                .hasMessageContaining("Expecting actual not to be null");
    }
}
