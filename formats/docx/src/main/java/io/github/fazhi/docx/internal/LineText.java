package io.github.fazhi.docx.internal;

import io.github.fazhi.render.layout.TextWidth;

/** Puts the text of one paragraph on one line. */
final class LineText {

    /** Marks a soft line break while a paragraph's text is collected. */
    static final char SOFT_BREAK = '\u2028';

    private LineText() {}

    /**
     * The text on one line: a soft break (and any stray line or paragraph separator) is dropped between
     * Chinese text and becomes a space between Latin text; other control characters except the tab go.
     */
    static String normalise(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean breakChar = c == SOFT_BREAK
                    || c == '\n'
                    || c == '\r'
                    || c == '\u000B'
                    || c == '\f'
                    || c == '\u0085'
                    || c == '\u2029';
            if (breakChar) {
                int before = out.length() > 0 ? out.codePointBefore(out.length()) : ' ';
                int j = i + 1;
                while (j < raw.length() && isBreak(raw.charAt(j))) {
                    j++;
                }
                int after = j < raw.length() ? Character.codePointAt(raw, j) : ' ';
                boolean wide = TextWidth.isWide(before) || TextWidth.isWide(after);
                if (!wide && !Character.isWhitespace(before) && !Character.isWhitespace(after)) {
                    out.append(' ');
                }
                i = j - 1;
            } else if (c < 0x20 && c != '\t' || c == 0x7F) {
                // other control characters carry no text
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isBreak(char c) {
        return c == SOFT_BREAK
                || c == '\n'
                || c == '\r'
                || c == '\u000B'
                || c == '\f'
                || c == '\u0085'
                || c == '\u2029';
    }
}
