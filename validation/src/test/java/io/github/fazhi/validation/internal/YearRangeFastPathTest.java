package io.github.fazhi.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.testing.ReportGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link YearRangeMalformedRule#eachRange} searches a text only when a 年 in it follows eight ASCII digits with at
 * most two chars among them. It must find what the pattern alone finds, kept as the reference
 * ({@link YearRangeMalformedRule#eachRangeByPattern}).
 */
class YearRangeFastPathTest {

    @Property(tries = 5000)
    void findsTheRangesThePatternFinds(@ForAll("texts") String text) {
        assertThat(ranges(YearRangeMalformedRule::eachRange, text))
                .as(text)
                .isEqualTo(ranges(YearRangeMalformedRule::eachRangeByPattern, text));
    }

    @Example
    void everyTextOfGeneratedReports() {
        ReportGenerator generator = new ReportGenerator(5);
        for (int i = 0; i < 100; i++) {
            for (Texts.Unit u : Texts.collectUnits(generator.generated(i).report())) {
                assertThat(ranges(YearRangeMalformedRule::eachRange, u.text()))
                        .as(u.text())
                        .isEqualTo(ranges(YearRangeMalformedRule::eachRangeByPattern, u.text()));
            }
        }
    }

    @Example
    void damagedRanges() {
        assertThat(ranges(YearRangeMalformedRule::eachRange, "《纲要（20212025年）》和2025—2021年，2024年"))
                .containsExactly("4:20212025年:2021:2025", "16:2025—2021年:2025:2021");
    }

    private static List<String> ranges(BiConsumer<String, Consumer<Matcher>> search, String text) {
        List<String> out = new ArrayList<>();
        search.accept(text, m -> out.add(m.start() + ":" + m.group() + ":" + m.group("from") + ":" + m.group("to")));
        return out;
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> chars =
                Arbitraries.strings().withChars("0125920-—～~至到年度（）法 x").ofMaxLength(10);
        Arbitrary<String> pieces = Arbitraries.of("2021", "2025", "1999", "20212025年", "2021—2025年", "2025年度", "年");
        return Arbitraries.oneOf(chars, pieces).list().ofMaxSize(5).map(l -> String.join("", l));
    }
}
