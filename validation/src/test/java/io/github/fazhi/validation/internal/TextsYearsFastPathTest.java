package io.github.fazhi.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.testing.ReportGenerator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Texts#years} finds each year back from its 年 instead of trying {@link io.github.fazhi.core.Lexicon#YEAR}
 * at every char (it was a seventh of a long report's validation, see benchmarks/README.md). It must find what the
 * pattern finds, kept as the reference ({@link Texts#yearsByPattern}).
 */
class TextsYearsFastPathTest {

    @Property(tries = 5000)
    void findsTheYearsThePatternFinds(@ForAll("texts") String text) {
        assertThat(Texts.years(text)).as(text).isEqualTo(Texts.yearsByPattern(text));
    }

    @Example
    void everyTextOfGeneratedReports() {
        ReportGenerator generator = new ReportGenerator(5);
        int years = 0;
        for (int i = 0; i < 100; i++) {
            for (Texts.Unit u : Texts.collectUnits(generator.generated(i).report())) {
                assertThat(Texts.years(u.text())).as(u.text()).isEqualTo(Texts.yearsByPattern(u.text()));
                years += Texts.years(u.text()).size();
            }
        }
        assertThat(years).as("the reports name years").isGreaterThan(500);
    }

    @Example
    void yearsAsTheyAreWritten() {
        // 12024年 is no year (a longer number), and in 2021—2025年 only 2025 is followed by its 年
        assertThat(Texts.years("2024年度、二〇二五 年、１９９９年以来，12024年，2021—2025年"))
                .extracting(Texts.Year::year, Texts.Year::inRange, Texts.Year::since)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2024, false, false),
                        org.assertj.core.groups.Tuple.tuple(2025, false, false),
                        org.assertj.core.groups.Tuple.tuple(1999, false, true),
                        org.assertj.core.groups.Tuple.tuple(2025, true, false));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("0129１２９０一二〇○零五 \t\n年度—至以来起前之x").ofMaxLength(20);
    }
}
