package io.github.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.SourceSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every fix that is an exact replacement ({@link Finding#replacement()}) is checked by applying it: the defective
 * report's text is changed at each place, read again and checked again; the finding goes away and no other
 * appears. Findings whose fix needs a person are listed, not skipped.
 */
class SuggestedFixesApplyTest {

    /** A clean 2024 report of a fictional office; each defect below changes one thing in it. */
    private static final String CLEAN = """
            清河市清河区市场监督管理局关于2024年法治政府建设情况的报告

            区委、区政府：
            2024年，区市场监督管理局坚持依法行政，统筹推进法治政府建设。现将有关情况报告如下：

            一、2024年推进法治政府建设的主要举措和成效
            （一）健全依法决策机制
            全年审核重大行政决策事项5件，审查规范性文件9件，法律顾问参与论证14次。
            （二）严格规范行政执法
            全年办理行政处罚案件236件，开展执法案卷评查2次，评查案卷50卷，整改问题11个。
            二、推进法治政府建设存在的不足和原因
            一是基层执法人员法律素养有待提高；二是普法宣传的针对性不强。究其原因，主要是培训的频次不够。
            三、党政主要负责人履行推进法治建设第一责任人职责情况
            局主要负责人切实履行第一责任人职责，主持召开局党组会议3次研究部署法治政府建设工作，带头开展集体学法，督促依法行政，在年终述法中报告履职情况。
            四、2025年推进法治政府建设的主要安排
            2025年，我局将继续深化行政执法规范化建设，加强法治宣传教育。

            清河市清河区市场监督管理局
            2025年1月20日
            """;

    /** Defective variants: name, and the change made to {@link #CLEAN}. */
    private static final Map<String, String[]> DEFECTS = new TreeMap<>(Map.ofEntries(
            Map.entry("halfwidth-punctuation", new String[] {"究其原因，主要是", "究其原因,主要是"}),
            // a skipped level (1. directly under 一、) is allowed; an inverted one, （一） after 1., is not
            Map.entry("numbering-level-skip", new String[] {"（一）健全", "1.健全", "（二）严格", "（一）严格"}),
            Map.entry("numbering-style", new String[] {"（一）健全", "(一)健全"}),
            Map.entry("numbering-style-repeated", new String[] {"（二）严格", "(二)严格", "（一）健全", "(一)健全"}),
            Map.entry("year-mismatch-plan", new String[] {"四、2025年推进", "四、2024年推进"}),
            Map.entry("year-mismatch-heading", new String[] {"一、2024年推进", "一、2023年推进"}),
            Map.entry("numbering-style-one", new String[] {"一、2024年推进", "一.2024年推进"}),
            Map.entry("date-format-padded", new String[] {"2025年1月20日", "2025年01月20日"}),
            Map.entry("numbering-gap", new String[] {"（二）严格", "（三）严格"}),
            Map.entry("numbering-duplicate", new String[] {"（二）严格", "（一）严格"}),
            Map.entry("part-missing", new String[] {"二、推进法治政府建设存在的不足和原因\n", "", "一是基层", "（三）一是基层"}),
            Map.entry("placeholder", new String[] {"审查规范性文件9件", "审查规范性文件××件"})));

    private static final PlainTextReader READER = PlainTextReader.standard();

    @Test
    void theCleanReportHasNoFinding() {
        assertThat(Samples.NATIONAL.validate(READER.read(CLEAN)).findings()).isEmpty();
    }

    @Test
    void everyExactFixMakesItsFindingGoAwayAndNoOtherAppear() {
        List<String> applied = new ArrayList<>();
        List<String> needAPerson = new ArrayList<>();
        DEFECTS.forEach((name, change) -> {
            String text = CLEAN;
            for (int i = 0; i < change.length; i += 2) {
                assertThat(text).as(name).contains(change[i]);
                text = text.replace(change[i], change[i + 1]);
            }
            ValidationReport before = Samples.NATIONAL.validate(READER.read(text));
            assertThat(before.findings()).as(name + " is a defect").isNotEmpty();
            for (Finding f : before.findings()) {
                if (f.replacement().isEmpty()) {
                    needAPerson.add(name + ": " + f.ruleId());
                    continue;
                }
                Finding.Replacement r = f.replacement().get();
                String fixed = apply(text, r, name);
                ValidationReport after = Samples.NATIONAL.validate(READER.read(fixed));
                List<String> left = ids(after);
                List<String> expected = ids(before);
                expected.remove(f.ruleId());
                assertThat(left)
                        .as(name + ": after " + r + " (was " + before.findings() + ", now " + after.findings() + ")")
                        .containsExactlyInAnyOrderElementsOf(expected);
                applied.add(name + ": " + f.ruleId());
            }
        });
        assertThat(applied)
                .as("need a person: %s", needAPerson)
                .contains(
                        "numbering-style: numbering-style",
                        "year-mismatch-plan: year-mismatch",
                        "year-mismatch-heading: year-mismatch",
                        "date-format-padded: date-format");
        // the fixes that need a person: listed here, so that a rule that gains an exact fix is noticed
        assertThat(needAPerson)
                .containsExactlyInAnyOrder(
                        "numbering-style-repeated: numbering-style",
                        "numbering-gap: numbering-gap",
                        "numbering-duplicate: numbering-duplicate",
                        "part-missing: part-missing",
                        // removing part 二 leaves 一、三、: which number is right needs a person too
                        "part-missing: numbering-gap",
                        "placeholder: placeholder",
                        // half-width marks and inverted levels: the fix names the marks and the levels, not one text
                        "halfwidth-punctuation: halfwidth-punctuation",
                        "numbering-level-skip: numbering-level-skip");
    }

    private static List<String> ids(ValidationReport r) {
        return r.findings().stream().map(Finding::ruleId).collect(Collectors.toCollection(ArrayList::new));
    }

    /** Replaces {@code from} by {@code to} within each place's span (its first line from its column on). */
    private static String apply(String text, Finding.Replacement r, String name) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        for (Finding.Location place : r.places()) {
            SourceSpan s = place.span().orElseThrow(() -> new AssertionError(name + ": a place without a span"));
            boolean done = false;
            for (int n = s.line(); n <= s.endLine() && !done; n++) {
                String line = lines.get(n - 1);
                int from = n == s.line() ? line.offsetByCodePoints(0, s.column() - 1) : 0;
                int at = line.indexOf(r.from(), from);
                if (at >= 0) {
                    lines.set(
                            n - 1,
                            line.substring(0, at)
                                    + r.to()
                                    + line.substring(at + r.from().length()));
                    done = true;
                }
            }
            assertThat(done).as(name + ": '" + r.from() + "' within " + s).isTrue();
        }
        return String.join("\n", lines);
    }
}
