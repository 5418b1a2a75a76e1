package io.github.fazhi.assertj;

import static io.github.fazhi.assertj.Fixtures.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.SourceSpan;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Profile;
import io.github.fazhi.validation.ReportValidator;
import io.github.fazhi.validation.Severity;
import io.github.fazhi.validation.ValidatedFile;
import io.github.fazhi.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsBaselineTest {

    private static final ReportValidator NATIONAL = Fixtures.NATIONAL;

    private final ValidationReport legacy = Fixtures.checkedLegacy();

    private static String legacyText() throws IOException {
        try (InputStream in = FindingsBaselineTest.class.getResourceAsStream(Fixtures.LEGACY_FILE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ValidationReport check(String text) {
        return NATIONAL.validate(PlainTextReader.standard().read(text, Fixtures.LEGACY_FILE), Fixtures.LEGACY_FILE);
    }

    private static Finding finding(String rule, String elementId, String message) {
        return new Finding(rule, Severity.WARNING, message, elementId, Optional.empty(), Optional.empty(), Map.of());
    }

    private static ValidationReport report(Finding... findings) {
        return new ValidationReport(List.of(findings), Optional.empty(), Profile.national(), Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void theFileFormatIsOneSortedLinePerFinding() {
        FindingsBaseline baseline = FindingsBaseline.of(Fixtures.LEGACY_FILE, legacy);
        String text = baseline.format();
        List<String> lines = text.lines().toList();
        assertThat(lines.subList(0, 3))
                .containsExactly(
                        "# fazhi findings baseline 1",
                        "# locale: zh-CN",
                        "# file\trule\telement\tfingerprint\tmessage");
        assertThat(lines.subList(3, lines.size()))
                .hasSize(5)
                .allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(5))
                .extracting(line -> line.split("\t")[2])
                .containsExactly("report", "s1.s2", "s2", "signoff", "title");
        assertThat(text)
                .contains("qinghe-sifaju-2022-legacy.txt\tnumbering-gap\ts1.s2\t"
                        + FindingsBaseline.fingerprint("序号不连续：“（三）”之前缺少（二）") + "\t序号不连续：“（三）”之前缺少（二）\n")
                .endsWith("\n");
    }

    @Test
    void parseReadsWhatFormatWrote() {
        FindingsBaseline baseline = FindingsBaseline.of(Fixtures.LEGACY_FILE, legacy);
        FindingsBaseline again = FindingsBaseline.parse(baseline.format());
        assertThat(again).isEqualTo(baseline);
        assertThat(again.locale()).contains(Locale.SIMPLIFIED_CHINESE);
        assertThat(again.size()).isEqualTo(5);
        assertThat(again.files()).containsExactly(Fixtures.LEGACY_FILE);
    }

    @Test
    void oddCharactersSurviveTheRoundTrip() {
        FindingsBaseline baseline = FindingsBaseline.of(List.of(new ValidatedFile(
                "#reports\\2022\tdraft.txt", report(finding("placeholder", "s1.p1", "第一行\n第二行\t有“\\”和 # 号\r")))));
        String text = baseline.format();
        assertThat(text.lines().skip(3).findFirst().orElseThrow()).startsWith("\\#reports");
        assertThat(FindingsBaseline.parse(text)).isEqualTo(baseline);
        assertThat(FindingsBaseline.parse(text).entries().get(0).message()).isEqualTo("第一行\n第二行\t有“\\”和 # 号\r");
    }

    @Test
    void entriesSortNaturallyByElementId() {
        FindingsBaseline baseline = FindingsBaseline.of(
                "a.txt",
                report(
                        finding("placeholder", "s10.p1", "一"),
                        finding("placeholder", "s2.p1", "二"),
                        finding("placeholder", "s1.s10", "三"),
                        finding("placeholder", "s1.s9", "四")));
        assertThat(baseline.entries())
                .extracting(FindingsBaseline.Entry::elementId)
                .containsExactly("s1.s9", "s1.s10", "s2.p1", "s10.p1");
    }

    @Test
    void badLinesAreNamed() {
        assertThatThrownBy(() -> FindingsBaseline.parse("# fazhi findings baseline 1\na.txt\tplaceholder\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2: a baseline line has 4 or 5 tab-separated fields");
        assertThatThrownBy(() -> FindingsBaseline.parse("# fazhi findings baseline 2\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1: baseline format 2 is not one this version reads (1)");
        assertThatThrownBy(() -> FindingsBaseline.parse("a.txt\tplaceholder\ts1\tabc\tx\\q\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1: unknown escape \\q");
    }

    @Test
    void fingerprintsIgnoreRunsOfWhiteSpaceOnly() {
        String fp = FindingsBaseline.fingerprint("序号不连续： “（三）”之前缺少（二）");
        assertThat(fp).hasSize(12).matches("[0-9a-f]{12}");
        assertThat(FindingsBaseline.fingerprint("  序号不连续：\n “（三）”之前缺少（二）")).isEqualTo(fp);
        assertThat(FindingsBaseline.fingerprint("序号不连续：“（四）”之前缺少（二）")).isNotEqualTo(fp);
    }

    @Test
    void theSameFindingsAreNotNew() {
        BaselineComparison c = FindingsBaseline.of(Fixtures.LEGACY_FILE, legacy).compare(Fixtures.LEGACY_FILE, legacy);
        assertThat(c.newFindings()).isEmpty();
        assertThat(c.goneFindings()).isEmpty();
        assertThat(c.shrunkBaseline()).isEqualTo(FindingsBaseline.of(Fixtures.LEGACY_FILE, legacy));
    }

    @Test
    void findingsSurviveLinesShiftingAbove() throws IOException {
        FindingsBaseline baseline = FindingsBaseline.of(Fixtures.LEGACY_FILE, legacy);
        String shifted = legacyText().replace("\n\n一、", "\n\n\n\n\n一、");
        ValidationReport later = check(shifted);
        assertThat(later.findings("numbering-gap").get(0).span().map(SourceSpan::line))
                .contains(12);
        BaselineComparison c = baseline.compare(Fixtures.LEGACY_FILE, later);
        assertThat(c.newFindings()).isEmpty();
        assertThat(c.goneFindings()).isEmpty();
    }

    @Test
    void aNewFindingIsNew() throws IOException {
        FindingsBaseline baseline = FindingsBaseline.of(Fixtures.LEGACY_FILE, legacy);
        ValidationReport later = check(legacyText().replace("发现问题11个。", "发现问题××个。"));
        BaselineComparison c = baseline.compare(Fixtures.LEGACY_FILE, later);
        assertThat(c.newFindings())
                .extracting(n -> n.finding().ruleId(), n -> n.file())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("placeholder", Fixtures.LEGACY_FILE));
        assertThat(c.hasNewFindings()).isTrue();
        assertThat(c.shrunkBaseline()).isEqualTo(baseline);
    }

    @Test
    void aChangedMessageIsANewFinding() throws IOException {
        FindingsBaseline baseline = FindingsBaseline.of(Fixtures.LEGACY_FILE, legacy);
        ValidationReport later = check(legacyText().replace("2022年12月30日", "2022年12月31日"));
        BaselineComparison c = baseline.compare(Fixtures.LEGACY_FILE, later);
        assertThat(c.newFindings()).extracting(n -> n.finding().ruleId()).containsExactly("date-out-of-range");
        assertThat(c.goneFindings()).extracting(FindingsBaseline.Entry::ruleId).containsExactly("date-out-of-range");
    }

    @Test
    void aFindingThatWentAwayShrinksTheBaseline() throws IOException {
        ValidationReport other = report(finding("placeholder", "s1.p1", "有未填写的占位符"));
        FindingsBaseline baseline = FindingsBaseline.of(
                List.of(new ValidatedFile(Fixtures.LEGACY_FILE, legacy), new ValidatedFile("other.txt", other)));
        ValidationReport fixed = check(legacyText().replace("（三）规范行政执法", "（二）规范行政执法"));
        BaselineComparison c = baseline.compare(Fixtures.LEGACY_FILE, fixed);
        assertThat(c.newFindings()).isEmpty();
        assertThat(c.hasGoneFindings()).isTrue();
        assertThat(c.goneFindings())
                .extracting(FindingsBaseline.Entry::ruleId, FindingsBaseline.Entry::elementId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("numbering-gap", "s1.s2"));
        assertThat(c.shrunkBaseline().size()).isEqualTo(baseline.size() - 1);
        assertThat(c.shrunkBaseline().forFile("other.txt")).isEqualTo(baseline.forFile("other.txt"));
    }

    @Test
    void aFindingRecordedOnceMatchesOnce() {
        Finding twice = finding("placeholder", "s1.p1", "有未填写的占位符");
        FindingsBaseline baseline = FindingsBaseline.of("a.txt", report(twice));
        BaselineComparison c = baseline.compare("a.txt", report(twice, twice));
        assertThat(c.newFindings()).hasSize(1);
        BaselineComparison back =
                FindingsBaseline.of("a.txt", report(twice, twice)).compare("a.txt", report(twice));
        assertThat(back.goneFindings()).hasSize(1);
        assertThat(back.shrunkBaseline().size()).isEqualTo(1);
    }

    @Test
    void findingsCheckedInAnotherLocaleCannotBeMatched() {
        FindingsBaseline baseline = FindingsBaseline.of(Fixtures.LEGACY_FILE, legacy);
        ValidationReport english =
                ReportValidator.builder().locale(Locale.ENGLISH).build().validate(Fixtures.legacy());
        assertThatThrownBy(() -> baseline.compare(Fixtures.LEGACY_FILE, english))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "recorded with messages in zh-CN but qinghe-sifaju-2022-legacy.txt was checked in en");
        assertThat(FindingsBaseline.empty()
                        .compare(Fixtures.LEGACY_FILE, english)
                        .newFindings())
                .hasSize(5);
    }

    @Test
    void freezeRecordsThenShrinksButNeverGrows(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("baseline/fazhi-baseline.txt");
        List<ValidatedFile> today = List.of(new ValidatedFile(Fixtures.LEGACY_FILE, legacy));

        BaselineComparison first = FindingsBaseline.freeze(file, today);
        assertThat(first.newFindings()).isEmpty();
        assertThat(FindingsBaseline.read(file).size()).isEqualTo(5);

        ValidationReport fixed = check(legacyText().replace("（三）规范行政执法", "（二）规范行政执法"));
        BaselineComparison second =
                FindingsBaseline.freeze(file, List.of(new ValidatedFile(Fixtures.LEGACY_FILE, fixed)));
        assertThat(second.goneFindings()).hasSize(1);
        assertThat(FindingsBaseline.read(file).size()).isEqualTo(4);

        BaselineComparison third = FindingsBaseline.freeze(file, today);
        assertThat(third.newFindings()).extracting(n -> n.finding().ruleId()).containsExactly("numbering-gap");
        assertThat(FindingsBaseline.read(file).size()).isEqualTo(4);
        failure(() -> FazhiAssertions.assertThat(third).hasNoNewFindings())
                .hasMessageContaining("期望与基线相比没有新的发现，但有 1 个：\n"
                        + "  - [错误] numbering-gap qinghe-sifaju-2022-legacy.txt:9:1（s1.s2）：序号不连续");
    }

    @Test
    void validateTextFilesNamesFilesAsGiven(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("2022.txt");
        Files.writeString(a, legacyText(), StandardCharsets.UTF_8);
        List<ValidatedFile> files = FindingsBaseline.validateTextFiles(NATIONAL, List.of(a));
        assertThat(files).hasSize(1);
        assertThat(files.get(0).uri()).isEqualTo(a.toString().replace('\\', '/'));
        assertThat(files.get(0).report().findings()).hasSize(5);
        assertThat(files.get(0).report().source()).contains(files.get(0).uri());
    }

    @Test
    void readIfExists(@TempDir Path dir) throws IOException {
        assertThat(FindingsBaseline.readIfExists(dir.resolve("none.txt"))).isEqualTo(FindingsBaseline.empty());
        Path file = dir.resolve("b.txt");
        FindingsBaseline.of(Fixtures.LEGACY_FILE, legacy).write(file);
        assertThat(FindingsBaseline.readIfExists(file).size()).isEqualTo(5);
    }

    @Test
    void baselineComparisonAssert() {
        FindingsBaseline baseline = FindingsBaseline.of(Fixtures.LEGACY_FILE, legacy);
        BaselineComparison same = baseline.compare(Fixtures.LEGACY_FILE, legacy);
        FazhiAssertions.assertThat(same).hasNoNewFindings().hasNewFindingCount(0);
        BaselineComparison allNew = FindingsBaseline.empty().compare(Fixtures.LEGACY_FILE, legacy);
        FazhiAssertions.assertThat(allNew).hasNewFindingCount(5);
        failure(() -> FazhiAssertions.assertThat(allNew).hasNewFindingCount(2))
                .hasMessageContaining("期望与基线相比有 2 个新发现，但有 5 个：");
        failure(() -> FazhiAssertions.assertThat(allNew).hasNoNewFindings())
                .hasMessageContaining("但有 5 个：\n  - [错误] part-missing qinghe-sifaju-2022-legacy.txt 全文");
    }

    @Test
    void theMessageSaysWhenRecordedFindingsWentAway() throws IOException {
        FindingsBaseline baseline = FindingsBaseline.of(Fixtures.LEGACY_FILE, legacy);
        ValidationReport later =
                check(legacyText().replace("（三）规范行政执法", "（二）规范行政执法").replace("发现问题11个。", "发现问题××个。"));
        failure(() -> FazhiAssertions.assertThat(baseline.compare(Fixtures.LEGACY_FILE, later))
                        .hasNoNewFindings())
                .hasMessageContaining("[错误] placeholder qinghe-sifaju-2022-legacy.txt:9:25（s1.s2.p1）：残留模板占位符：××")
                .hasMessageContaining("（另有 1 个基线中的发现已经消失，可从基线中删去。）");
    }

    @Test
    void englishBaselinesFailInEnglish() {
        ValidationReport english = ReportValidator.builder()
                .locale(Locale.ENGLISH)
                .build()
                .validate(Fixtures.legacy(), Fixtures.LEGACY_FILE);
        FindingsBaseline baseline = FindingsBaseline.of(List.of(new ValidatedFile("x.txt", english)));
        BaselineComparison c = baseline.compare(Fixtures.LEGACY_FILE, english);
        failure(() -> FazhiAssertions.assertThat(c).hasNoNewFindings())
                .hasMessageContaining("Expecting no findings beyond the baseline, but there are 5 new:");
    }

    @Test
    void aBuiltReportWorksToo() {
        AnnualReport built =
                Fixtures.plan(Fixtures.measures(Fixtures.builder())).build();
        ValidationReport result = NATIONAL.validate(built);
        FindingsBaseline baseline = FindingsBaseline.of("built", result);
        FazhiAssertions.assertThat(built).hasNoNewFindings(baseline);
        FazhiAssertions.assertThat(built).hasNoNewFindings(baseline, "built");
    }
}
