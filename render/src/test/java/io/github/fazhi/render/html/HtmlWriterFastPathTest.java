package io.github.fazhi.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written name checks and the escaping fast path of {@link HtmlWriter} (written for speed,
 * see benchmarks/README.md) agree with the plain definitions they replace, on any input.
 */
class HtmlWriterFastPathTest {

    private static final Pattern TAG_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z_:][A-Za-z0-9_:.-]*");

    @Property
    void tagNamesAsTheRegularExpressionSays(@ForAll("names") String name) {
        assertThat(HtmlWriter.isTagName(name)).isEqualTo(TAG_NAME.matcher(name).matches());
    }

    @Property
    void attributeNamesAsTheRegularExpressionSays(@ForAll("names") String name) {
        assertThat(HtmlWriter.isAttributeName(name))
                .isEqualTo(ATTRIBUTE_NAME.matcher(name).matches());
    }

    @Property
    void escapingAsTheCharByCharDefinitionSays(@ForAll("texts") String text) {
        assertThat(HtmlWriter.escape(text)).isEqualTo(reference(text));
    }

    @Property
    void textWritesWhatEscapeReturnsAndKnowsWhetherALineEnded(
            @ForAll("texts") String before, @ForAll("texts") String text) {
        StringBuilder out = new StringBuilder();
        new HtmlWriter(out).raw(before).text(text).line();
        String written = before + HtmlWriter.escape(text);
        assertThat(out).hasToString(written.isEmpty() || written.endsWith("\n") ? written : written + "\n");
        assertThat(HtmlWriter.escape(text)).isEqualTo(reference(text));
    }

    @Property
    void thePlainRunEndsAtTheFirstCharEscapingLooksAt(@ForAll("texts") String text) {
        int run = HtmlWriter.plainRun(text, 0, text.length());
        assertThat(HtmlWriter.escape(text.substring(0, run))).isEqualTo(text.substring(0, run));
        if (run < text.length()) {
            char c = text.charAt(run);
            assertThat(reference(String.valueOf(c)).equals(String.valueOf(c)) && !Character.isSurrogate(c))
                    .as("U+%04X", (int) c)
                    .isFalse();
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings()
                .withChars("aZ09-_:.é <>\"=")
                .withCharRange('a', 'c')
                .ofMinLength(0)
                .ofMaxLength(8);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings()
                        .withChars(
                                "清河区法治&<>\"' \t\n\r\u0000\u0007\u007F\u0085\u009F\u00A0\uD800\uDC00\uD83D\uDE00\uFFFE\uFFFF\uFFFD")
                        .ofMaxLength(40));
    }

    /** The definition: {@code & < > " '} as references, unpaired surrogates and non-characters as U+FFFD. */
    private static String reference(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                            || (c >= 0x7F && c <= 0x9F)
                            || c == '\uFFFE'
                            || c == '\uFFFF'
                            || Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
