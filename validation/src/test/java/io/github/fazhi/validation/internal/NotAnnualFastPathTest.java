package io.github.fazhi.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.testing.ReportGenerator;
import java.util.Optional;
import java.util.regex.MatchResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link NotAnnualRule#find} tries {@link io.github.fazhi.core.Lexicon#NOT_ANNUAL} only in a text holding one of the
 * chars every match holds, and there only where a match can start. It must find what the pattern alone finds, kept as the
 * reference ({@link NotAnnualRule#findByPattern}).
 */
class NotAnnualFastPathTest {

    @Property(tries = 5000)
    void findsWhatThePatternFinds(@ForAll("texts") String text) {
        assertThat(shown(NotAnnualRule.find(text))).as(text).isEqualTo(shown(NotAnnualRule.findByPattern(text)));
    }

    @Example
    void everyTextOfGeneratedReports() {
        ReportGenerator generator = new ReportGenerator(5);
        for (int i = 0; i < 100; i++) {
            for (Texts.Unit u : Texts.collectUnits(generator.generated(i).report())) {
                assertThat(shown(NotAnnualRule.find(u.text())))
                        .as(u.text())
                        .isEqualTo(shown(NotAnnualRule.findByPattern(u.text())));
            }
        }
    }

    @Example
    void periodsThatAreNoYear() {
        for (String t : new String[] {"2024年上半年工作", "第三季度", "十四五规划", "1-6月", "一至三月", "2021-2025年", "前三季", "近五年"}) {
            assertThat(NotAnnualRule.find(t)).as(t).isPresent();
            assertThat(shown(NotAnnualRule.find(t))).as(t).isEqualTo(shown(NotAnnualRule.findByPattern(t)));
        }
        assertThat(NotAnnualRule.find("一、主要举措和成效")).isEmpty();
    }

    private static String shown(Optional<MatchResult> m) {
        return m.map(r -> r.start() + "-" + r.end() + ":" + r.group()).orElse("none");
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> chars = Arbitraries.strings()
                .withChars("上下半年度前三季第一二四六九1１4２３-—至到~～五〇○十月 0920x")
                .ofMaxLength(8);
        Arbitrary<String> pieces = Arbitraries.of(
                "上半年",
                "半年度",
                "前三季",
                "第１季度",
                "二季度",
                "五年",
                "〇五年",
                "十四五",
                "1-6月",
                "１ 至 12月",
                "三至十二月",
                "2021-2025年",
                "2021年—25年",
                "1999至2000年",
                "20212025年");
        return Arbitraries.oneOf(chars, pieces).list().ofMaxSize(4).map(l -> String.join("", l));
    }
}
