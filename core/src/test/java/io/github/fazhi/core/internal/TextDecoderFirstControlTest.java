package io.github.fazhi.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The string path of {@link TextDecoder#firstControl} finds what the char-sequence path (the reference) finds. */
class TextDecoderFirstControlTest {

    @Property(tries = 3000)
    void stringPathIsTheSequencePath(@ForAll("texts") String text) {
        assertThat(TextDecoder.firstControl(text)).isEqualTo(TextDecoder.firstControl(new StringBuilder(text)));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings()
                .withChars("法治a \t\n\r\u000B\f\u0000\u0001\u001F\u007F\u0080\u3000")
                .ofMaxLength(20);
    }
}
