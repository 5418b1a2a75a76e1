package io.github.fazhi.core;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inline enumeration marker inside a paragraph: {@code 一是}, {@code 二是}, … (also {@code 其一},
 * {@code 第一，} is not counted). Rules use the markers' ordinals to check their order.
 *
 * <pre>{@code
 * InlineEnumeration.find("一是健全制度。三是加强培训。");
 * // [一是@0 (1), 三是@7 (3)]
 * }</pre>
 *
 * @param marker the marker as printed, e.g. {@code 二是}
 * @param ordinal the ordinal it denotes
 * @param offset its char offset within the paragraph text
 */
public record InlineEnumeration(String marker, int ordinal, int offset) {

    private static final Pattern MARKER = Lexicon.INLINE_MARKER;

    /** Whether {@code c} is one of the chars a {@link #MARKER} starts with, 一 to 十. */
    private static boolean isNumeral(char c) {
        return Lexicon.INLINE_MARKER_NUMERALS.indexOf(c) >= 0;
    }

    /**
     * Finds the markers that start an enumeration item: at the start of the text or after a sentence or
     * clause boundary ({@code 。；;！？!?：:，,}) or an opening bracket.
     */
    public static List<InlineEnumeration> find(String text) {
        List<InlineEnumeration> found = new ArrayList<>();
        // Try the pattern only where a marker can start, at a numeral: Matcher.find would try it at
        // every char, which made this a good part of a validation's time (see benchmarks/README.md).
        Matcher m = MARKER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int at = 0;
        while (at < text.length()) {
            if (!isNumeral(text.charAt(at))) {
                at++;
                continue;
            }
            m.region(at, text.length());
            if (!m.lookingAt()) {
                at++;
                continue;
            }
            at = m.end();
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
