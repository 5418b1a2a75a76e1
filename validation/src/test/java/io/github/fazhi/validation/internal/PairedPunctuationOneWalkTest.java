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
 * {@code paired-punctuation-unbalanced} follows every pair of marks in one walk of the text instead of one walk per
 * pair (see benchmarks/README.md). It must find the stray the walks per pair find, kept as the reference.
 */
class PairedPunctuationOneWalkTest {

    @Property(tries = 5000)
    void findsTheStrayTheWalksPerPairFind(@ForAll("texts") String text) {
        assertThat(PairedPunctuationUnbalancedRule.firstStray(text))
                .as(text)
                .isEqualTo(PairedPunctuationUnbalancedRule.firstStrayPairByPair(text));
    }

    @Example
    void everyTextOfGeneratedReports() {
        ReportGenerator generator = new ReportGenerator(3);
        int marked = 0;
        for (int i = 0; i < 100; i++) {
            for (Texts.Unit u : Texts.collectUnits(generator.generated(i).report())) {
                assertThat(PairedPunctuationUnbalancedRule.firstStray(u.text()))
                        .as(u.text())
                        .isEqualTo(PairedPunctuationUnbalancedRule.firstStrayPairByPair(u.text()));
                marked += u.holdsAny(PairedPunctuationUnbalancedRule.MARKS) ? 1 : 0;
            }
        }
        // the generated reports' marks are balanced: the random texts above are where strays are
        assertThat(marked).as("generated texts with paired marks").isGreaterThan(100);
    }

    @Example
    void aTextWithAStrayHoldsTheMarks() {
        assertThat(CharSignature.holdsAny(CharSignature.signature("依法行政"), PairedPunctuationUnbalancedRule.MARKS))
                .isFalse();
        assertThat(CharSignature.holdsAny(CharSignature.signature("见《条例"), PairedPunctuationUnbalancedRule.MARKS))
                .isTrue();
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("《》“”‘’（）【】()一二1２，；: 法").ofMaxLength(16);
    }
}
