package io.github.fazhi.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link InlineEnumeration#find} looks back from each 是 instead of searching its pattern (for speed, see
 * benchmarks/README.md); it must find exactly what a plain {@link Matcher#find()} loop of the pattern finds.
 */
class InlineEnumerationFastPathTest {

    private static final Pattern MARKER = Pattern.compile("(?<![〇零一二三四五六七八九十百两])([一二三四五六七八九十]{1,3})是");

    @Property(tries = 5000)
    void findsWhatAPlainFindLoopFinds(@ForAll("texts") String text) {
        assertThat(InlineEnumeration.find(text)).isEqualTo(reference(text));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings()
                .withChars("一二三四五六七八九十百两〇零是。；;，,：（(“\"！?加强法治 ")
                .ofMaxLength(30);
    }

    private static List<InlineEnumeration> reference(String text) {
        List<InlineEnumeration> found = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            int start = m.start();
            if (start > 0 && "。；;！？!?：:，,（(“\"".indexOf(text.charAt(start - 1)) < 0) {
                continue;
            }
            OptionalInt n = ChineseNumerals.parse(m.group(1));
            if (n.isPresent()) {
                found.add(new InlineEnumeration(m.group(), n.getAsInt(), start));
            }
        }
        return List.copyOf(found);
    }
}
