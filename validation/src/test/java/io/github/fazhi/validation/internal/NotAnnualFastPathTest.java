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
 * chars every match holds (most headings hold none). It must find what the pattern alone finds, kept as the
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
        return Arbitraries.strings()
                .withChars("上下半年度前三季第一二四1１4-—至到~～五〇十月 0920x")
                .ofMaxLength(16);
    }
}
