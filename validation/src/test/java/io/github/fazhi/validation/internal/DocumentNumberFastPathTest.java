package io.github.fazhi.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.Lexicon;
import io.github.fazhi.core.testing.ReportGenerator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link DocumentNumberMalformedRule} tries {@link Lexicon#DOCUMENT_NUMBER_DAMAGED} only in a text where
 * {@link DocumentNumberMalformedRule#mayHoldNumber} (a 号 after an ASCII digit). In every other text the pattern
 * alone, the reference, must find nothing.
 */
class DocumentNumberFastPathTest {

    @Property(tries = 5000)
    void aTextSkippedHoldsNoMatch(@ForAll("texts") String text) {
        if (!DocumentNumberMalformedRule.mayHoldNumber(text)) {
            assertThat(Lexicon.DOCUMENT_NUMBER_DAMAGED.matcher(text).find())
                    .as(text)
                    .isFalse();
        }
    }

    @Example
    void everyTextOfGeneratedReports() {
        ReportGenerator generator = new ReportGenerator(5);
        for (int i = 0; i < 100; i++) {
            for (Texts.Unit u : Texts.collectUnits(generator.generated(i).report())) {
                if (!DocumentNumberMalformedRule.mayHoldNumber(u.text())) {
                    assertThat(Lexicon.DOCUMENT_NUMBER_DAMAGED.matcher(u.text()).find())
                            .as(u.text())
                            .isFalse();
                }
            }
        }
    }

    @Example
    void damagedNumbersAreTried() {
        for (String t : new String[] {"府发〔20243号", "府发2024〕3号", "府发【2024】3号", "府发〔24〕3号"}) {
            assertThat(Lexicon.DOCUMENT_NUMBER_DAMAGED.matcher(t).find()).as(t).isTrue();
            assertThat(DocumentNumberMalformedRule.mayHoldNumber(t)).as(t).isTrue();
        }
        assertThat(DocumentNumberMalformedRule.mayHoldNumber("第一号令，号召")).isFalse();
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> chars =
                Arbitraries.strings().withChars("府发号〔〕【】[]（）0129２ x").ofMaxLength(8);
        Arbitrary<String> pieces = Arbitraries.of("府发", "〔2024", "2024〕", "〔24〕", "3号", "号", "【2024】");
        return Arbitraries.oneOf(chars, pieces).list().ofMaxSize(5).map(l -> String.join("", l));
    }
}
