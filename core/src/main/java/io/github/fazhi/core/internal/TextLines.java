package io.github.fazhi.core.internal;

import io.github.fazhi.core.SourceSpan;
import io.github.fazhi.core.read.LayoutHints;
import io.github.fazhi.core.read.SourceLine;
import java.util.ArrayList;
import java.util.List;

/** Splits plain text into the {@link SourceLine}s the structure reader reads: its text client's one step. */
public final class TextLines {

    private static final LayoutHints AFTER_BLANK =
            LayoutHints.builder().blankBefore(true).build();

    private TextLines() {}

    /**
     * Splits {@code text} at {@code \n}, {@code \r\n} and {@code \r} and keeps the lines that are not
     * blank, each without its leading and trailing whitespace (the full-width space U+3000 and no-break
     * spaces included), with its line number and the column (in code points, from 1) of its first
     * character; the only hint is {@code blankBefore}, set for the first line and after a blank line.
     */
    public static List<SourceLine> split(String text) {
        List<SourceLine> lines = new ArrayList<>();
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
                String t = text.substring(from, to);
                lines.add(new SourceLine(
                        t,
                        SourceSpan.ofLine(lineNo, column, t.codePointCount(0, t.length())),
                        blankBefore ? AFTER_BLANK : LayoutHints.NONE));
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
}
