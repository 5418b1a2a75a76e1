package io.github.fazhi.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link CitationAnachronismRule#indexOfNormalised} finds a key where normalising the whole text and searching it
 * (the reference) finds it.
 */
class CitationNormalisedSearchTest {

    @Property(tries = 3000)
    void findsWhatNormalisingTheTextFinds(@ForAll("texts") String text, @ForAll("texts") String rawKey) {
        String key = CitationAnachronismRule.normalise(rawKey).strip();
        assertThat(CitationAnachronismRule.indexOfNormalised(text, key))
                .as("%s in %s", key, text)
                .isEqualTo(CitationAnachronismRule.normalise(text).indexOf(key));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("两个确立（）()-–－—“”《》 纲要年").ofMaxLength(14);
    }
}
