package io.github.fazhi.core.read;

import java.text.Normalizer;

/**
 * Text helpers every format's extractor needs to put a paragraph on one {@link SourceLine} the way a
 * reader sees it: soft line breaks joined (nothing between Chinese characters, a space between Latin
 * words), control characters dropped, lines wrapped by a page layout joined again, and the compatibility
 * forms some PDF and OFD fonts map their glyphs to (Kangxi radicals such as {@code ⼀} U+2F00 for
 * {@code 一}) folded into the ideographs they stand for. Format knowledge only; nothing here knows the
 * genre.
 *
 * <pre>{@code
 * SourceText.normalise("坚持依法\u000B行政");   // "坚持依法行政"
 * SourceText.normalise("rule of\u000Blaw");     // "rule of law"
 * SourceText.join("法治政府建", "设取得新进展");    // "法治政府建设取得新进展"
 * SourceText.foldCompatibilityIdeographs("⼀、主要举措"); // "一、主要举措"
 * }</pre>
 */
public final class SourceText {

    private SourceText() {}

    /**
     * The text on one line: a line break inside it (soft break, {@code \n}, {@code \r}, vertical tab,
     * form feed, U+2028, U+2029, U+0085) is dropped next to a wide (Chinese) character and becomes one
     * space between two Latin characters; other control characters except the tab are dropped.
     */
    public static String normalise(CharSequence raw) {
        int n = raw.length();
        int i = 0;
        while (i < n && !changes(raw.charAt(i))) {
            i++;
        }
        if (i == n) {
            return raw.toString(); // nothing to drop or join: the text as it is
        }
        return normaliseFrom(raw);
    }

    /** Whether {@link #normalise} does anything with {@code c}: a line break or another control character. */
    private static boolean changes(char c) {
        return c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029';
    }

    /** {@link #normalise} char by char: the plain path, and the reference its fast path is tested against. */
    static String normaliseFrom(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (isBreak(c)) {
                int j = i + 1;
                while (j < n && isBreak(raw.charAt(j))) {
                    j++;
                }
                int before = out.length() > 0 ? out.codePointBefore(out.length()) : ' ';
                int after = j < n ? Character.codePointAt(raw, j) : ' ';
                if (needsSpace(before, after)) {
                    out.append(' ');
                }
                i = j - 1;
            } else if (c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F) {
                // control characters carry no text
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Two pieces of one paragraph that a page layout wrapped onto two lines, joined again: with one space
     * between two Latin letters (a layout wraps Latin text between words), directly otherwise (Chinese text
     * and numbers wrap anywhere).
     */
    public static String join(String before, String after) {
        if (before.isEmpty()) {
            return after;
        }
        if (after.isEmpty()) {
            return before;
        }
        int b = before.codePointBefore(before.length());
        int a = after.codePointAt(0);
        // a layout wraps Latin text between words, so two letters had a space between them; it wraps a number
        // or Chinese text anywhere, so digits and wide characters join directly
        boolean words = Character.isLetter(b) && Character.isLetter(a) && !isWide(b) && !isWide(a);
        return words ? before + ' ' + after : before + after;
    }

    /**
     * Whether {@code cp} is a wide character: CJK ideographs, kana, hangul, full-width forms and CJK
     * punctuation.
     */
    public static boolean isWide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F
                || cp >= 0x2E80 && cp <= 0xA4CF
                || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x20000 && cp <= 0x3FFFD;
    }

    /**
     * {@code text} with Kangxi radicals (U+2F00 to U+2FDF), CJK radicals supplement (U+2E80 to U+2EFF)
     * and CJK compatibility ideographs (U+F900 to U+FAFF, U+2F800 to U+2FA1F) replaced by the unified
     * ideographs they are compatible with, where Unicode gives one; everything else is left as it is.
     */
    public static String foldCompatibilityIdeographs(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !isCompatibilityIdeograph(text.charAt(i)) && !Character.isHighSurrogate(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n);
        out.append(text, 0, i);
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (isCompatibilityIdeograph(cp)) {
                String folded = Normalizer.normalize(text.substring(i, i + len), Normalizer.Form.NFKC);
                out.append(folded.codePointCount(0, folded.length()) == 1 ? folded : text.substring(i, i + len));
            } else {
                out.appendCodePoint(cp);
            }
            i += len;
        }
        return out.toString();
    }

    private static boolean isCompatibilityIdeograph(int cp) {
        return cp >= 0x2E80 && cp <= 0x2FDF || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x2F800 && cp <= 0x2FA1F;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean needsSpace(int before, int after) {
        return !isWide(before)
                && !isWide(after)
                && !Character.isWhitespace(before)
                && !Character.isWhitespace(after)
                && !Character.isSpaceChar(before)
                && !Character.isSpaceChar(after);
    }
}
