package io.github.fazhi.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void softBreaksJoinChineseDirectlyAndLatinWithASpace() {
        assertThat(SourceText.normalise("坚持依法\u000B行政")).isEqualTo("坚持依法行政");
        assertThat(SourceText.normalise("rule of\u000Blaw")).isEqualTo("rule of law");
        assertThat(SourceText.normalise("rule of \nlaw")).isEqualTo("rule of law");
        assertThat(SourceText.normalise("2025年\r\n\r\nGDP")).isEqualTo("2025年GDP");
        assertThat(SourceText.normalise("a\u0001b\tc\u0085")).isEqualTo("ab\tc");
    }

    @Test
    void wrappedLinesJoinAsTheyWereWritten() {
        assertThat(SourceText.join("法治政府建", "设取得新进展")).isEqualTo("法治政府建设取得新进展");
        assertThat(SourceText.join("the rule", "of law")).isEqualTo("the rule of law");
        assertThat(SourceText.join("共12", "项")).isEqualTo("共12项");
        assertThat(SourceText.join("事项1", "9项")).isEqualTo("事项19项"); // a number wrapped mid-way
        assertThat(SourceText.join("98.", "6%")).isEqualTo("98.6%");
        assertThat(SourceText.join("", "x")).isEqualTo("x");
        assertThat(SourceText.join("x", "")).isEqualTo("x");
    }

    @Test
    void kangxiRadicalsAndCompatibilityIdeographsFoldToTheIdeographs() {
        // U+2F00 KANGXI RADICAL ONE, U+2F06 KANGXI RADICAL TWO, U+F9A8 a compatibility ideograph (令)
        assertThat(SourceText.foldCompatibilityIdeographs("\u2F00、\u2F06是")).isEqualTo("一、二是");
        assertThat(SourceText.foldCompatibilityIdeographs("\uF9A8")).isEqualTo("令");
        String plain = "一、主要举措和成效";
        assertThat(SourceText.foldCompatibilityIdeographs(plain)).isSameAs(plain);
    }

    @Property
    void normalisedTextHasNoLineBreaksOrControls(@ForAll String raw) {
        String n = SourceText.normalise(raw);
        assertThat(n.chars().filter(c -> c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F || c == 0x2028 || c == 0x2029))
                .isEmpty();
    }

    /** Text of the chars normalising looks at (breaks, controls, tabs, spaces) among wide and Latin ones. */
    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> lineTexts() {
        return net.jqwik.api.Arbitraries.strings()
                .withChars("\n\r\u000B\f\u0085\u2028\u2029\u0001\u001F\u007F\u009F\u00A0\t 　a法1，")
                .withCharRange('\u0000', '\u00FF')
                .ofMaxLength(40);
    }

    @Property(tries = 2000)
    void theFastPathGivesWhatTheCharByCharPathGives(@ForAll("lineTexts") String raw) {
        assertThat(SourceText.normalise(raw)).isEqualTo(SourceText.normaliseFrom(raw));
        assertThat(SourceText.normalise(new StringBuilder(raw))).isEqualTo(SourceText.normaliseFrom(raw));
    }

    @Test
    void textWithNothingToNormaliseIsKeptAsItIs() {
        for (String plain : new String[] {"", "坚持依法行政", "rule of law\tand order", "２０２５年　（一）"}) {
            assertThat(SourceText.normalise(plain)).isEqualTo(plain).isEqualTo(SourceText.normaliseFrom(plain));
        }
    }
}
