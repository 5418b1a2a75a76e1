package io.github.fazhi.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.testing.ReportGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The plain-text reader asks {@link SectionClassifier#namesFirstResponsiblePerson} of every subsection instead of
 * classifying it in full, and the classifier drops whitespace with a loop that returns the heading itself when it
 * has none (for speed, see benchmarks/README.md). Both must answer as the plain forms they replace, kept here as
 * the reference: the full {@code classify(…) == FIRST_RESPONSIBLE_PERSON}, with and without a reporting year, and
 * the code-point stream that filtered whitespace.
 */
class SectionClassifierFastPathTest {

    @Property(tries = 3000)
    void namesTheFirstResponsiblePersonPartAsClassifyDoes(@ForAll("headings") String heading) {
        assertSameAsClassify(heading);
    }

    @Example
    void everyHeadingOfGeneratedReports() {
        List<String> headings = new ArrayList<>();
        for (int seed = 1; seed <= 3; seed++) {
            ReportGenerator generator = new ReportGenerator(seed);
            for (int i = 0; i < 100; i++) {
                generator.generated(i).report().allSections().forEach(s -> {
                    headings.add(s.heading());
                    headings.add(s.printedNumber() + s.heading());
                });
            }
        }
        assertThat(headings).hasSizeGreaterThan(1000);
        long named = headings.stream()
                .filter(SectionClassifier::namesFirstResponsiblePerson)
                .count();
        assertThat(named).as("the generated reports name the part").isPositive();
        headings.forEach(SectionClassifierFastPathTest::assertSameAsClassify);
    }

    @Example
    void headingsThatNameOtherPartsFirst() {
        assertThat(SectionClassifier.namesFirstResponsiblePerson("（三）其他需要报告的第一责任人事项"))
                .isFalse();
        assertThat(SectionClassifier.namesFirstResponsiblePerson("三、党政主要负责人履行推进法治建设第一责任人职责情况"))
                .isTrue();
        assertThat(SectionClassifier.namesFirstResponsiblePerson("主要负责人 履 职")).isTrue();
        assertThat(SectionClassifier.namesFirstResponsiblePerson("")).isFalse();
        Stream.of("其他需要报告的第一责任人事项", "三、第一责任人", "2025年主要负责人履职情况", " ", "一是主要负责人履职")
                .forEach(SectionClassifierFastPathTest::assertSameAsClassify);
    }

    @Property(tries = 3000)
    void dropsWhitespaceAsTheCodePointStreamDid(@ForAll("spaced") String s) {
        StringBuilder reference = new StringBuilder(s.length());
        s.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(reference::appendCodePoint);
        assertThat(SectionClassifier.removeWhitespace(s)).isEqualTo(reference.toString());
    }

    private static void assertSameAsClassify(String heading) {
        boolean reference = SectionClassifier.classify(heading) == SectionKind.FIRST_RESPONSIBLE_PERSON;
        assertThat(SectionClassifier.namesFirstResponsiblePerson(heading))
                .as(heading)
                .isEqualTo(reference)
                .isEqualTo(SectionClassifier.classify(heading, OptionalInt.of(2025))
                        == SectionKind.FIRST_RESPONSIBLE_PERSON);
    }

    @Provide
    Arbitrary<String> headings() {
        List<String> words = new ArrayList<>();
        words.addAll(Lexicon.OTHER_PART_WORDS);
        words.addAll(Lexicon.OTHER_PART_HEADINGS);
        words.addAll(Lexicon.FIRST_RESPONSIBLE_PERSON_WORDS);
        words.addAll(Lexicon.PRINCIPAL_LEADER_WORDS);
        words.addAll(Lexicon.DUTY_WORDS);
        words.addAll(List.of("三、", "（一）", "1.", "一是", "2026年", "工作", "计划", " ", "\u3000", "。", "《办法》", "情况"));
        return Arbitraries.of(words).list().ofMaxSize(5).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> spaced() {
        return Arbitraries.strings()
                .withChars("法治 \t\u3000\u00a0\u2003\n一、\ud842\udfb7")
                .ofMaxLength(12);
    }
}
