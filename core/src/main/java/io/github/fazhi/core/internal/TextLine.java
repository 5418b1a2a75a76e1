package io.github.fazhi.core.internal;

import io.github.fazhi.core.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * A non-blank line of a plain-text document, without its leading and trailing whitespace, with where it
 * stood.
 *
 * @param number the 1-based line number
 * @param column the 1-based column (in code points) of the first character that is not whitespace
 * @param text the line without leading and trailing whitespace, never empty
 * @param blankBefore whether a blank line (or the start of the document) precedes it
 */
public record TextLine(int number, int column, String text, boolean blankBefore) {

    /**
     * Splits {@code text} at {@code \n}, {@code \r\n} and {@code \r} and keeps the lines that are not
     * blank. Whitespace includes the full-width space U+3000 and no-break spaces.
     */
    public static List<TextLine> split(String text) {
        List<TextLine> lines = new ArrayList<>();
        int n = text.length();
        int lineNo = 1;
        int start = 0;
        boolean blankBefore = true;
        while (start <= n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int from = start;
            while (from < end) {
                int cp = text.codePointAt(from);
                if (!isBlank(cp)) {
                    break;
                }
                from += Character.charCount(cp);
            }
            int to = end;
            while (to > from) {
                int cp = text.codePointBefore(to);
                if (!isBlank(cp)) {
                    break;
                }
                to -= Character.charCount(cp);
            }
            if (to > from) {
                int column = text.codePointCount(start, from) + 1;
                lines.add(new TextLine(lineNo, column, text.substring(from, to), blankBefore));
                blankBefore = false;
            } else {
                blankBefore = true;
            }
            if (end >= n) {
                break;
            }
            start = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
            lineNo++;
        }
        return lines;
    }

    /** Whether {@code cp} is whitespace for the reader: ASCII and Unicode spaces, U+3000, no-break spaces. */
    public static boolean isBlank(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** The length of the text in code points. */
    public int length() {
        return text.codePointCount(0, text.length());
    }

    /** The span of the whole line. */
    public SourceSpan span() {
        return SourceSpan.ofLine(number, column, length());
    }

    /**
     * The span of {@code text[from, to)} (char indexes) on this line.
     *
     * @param from the first char index, inclusive
     * @param to the last char index, exclusive
     */
    public SourceSpan span(int from, int to) {
        int c = column + text.codePointCount(0, from);
        return SourceSpan.ofLine(number, c, text.codePointCount(from, to));
    }

    /** The span from the start of this line to the end of {@code last}. */
    public SourceSpan spanTo(TextLine last) {
        return SourceSpan.of(number, column, last.number, last.column + last.length());
    }
}
