package io.github.fazhi.core;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

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

    /** Whether {@code c} is one of the chars a marker ({@link Lexicon#INLINE_MARKER}) starts with, 一 to 十. */
    private static boolean isNumeral(char c) {
        return Lexicon.INLINE_MARKER_NUMERALS.indexOf(c) >= 0;
    }

    /**
     * Finds the markers that start an enumeration item: at the start of the text or after a sentence or
     * clause boundary ({@code 。；;！？!?：:，,}) or an opening bracket.
     */
    public static List<InlineEnumeration> find(String text) {
        // Look back from each 是: a marker is a run of one to three numerals 一 to 十 right before it, at the
        // start of the text or after a boundary (a longer run, or one after 〇零百两, is no marker). Finds what a
        // find() loop of the pattern finds (InlineEnumerationFastPathTest), in one pass over the text.
        int shi = text.indexOf('是');
        if (shi < 0) {
            return List.of();
        }
        List<InlineEnumeration> found = new ArrayList<>();
        while (shi >= 0) {
            int k = shi;
            while (k > 0 && shi - k < 4 && isNumeral(text.charAt(k - 1))) {
                k--;
            }
            int length = shi - k;
            if (length >= 1 && length <= 3 && (k == 0 || BOUNDARY.indexOf(text.charAt(k - 1)) >= 0)) {
                OptionalInt n = ChineseNumerals.parse(text.substring(k, shi));
                if (n.isPresent()) {
                    found.add(new InlineEnumeration(text.substring(k, shi + 1), n.getAsInt(), k));
                }
            }
            shi = text.indexOf('是', shi + 1);
        }
        return List.copyOf(found);
    }

    /** What may stand right before a marker that starts an enumeration item. */
    private static final String BOUNDARY = "。；;！？!?：:，,（(“\"";
}
