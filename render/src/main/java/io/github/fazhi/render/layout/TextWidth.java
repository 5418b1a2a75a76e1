package io.github.fazhi.render.layout;

/** Widths of text in characters (字) as GB/T 9704 counts them: a Chinese character is 1, a half-width one ½. */
public final class TextWidth {

    private TextWidth() {}

    /** The width of {@code text} in half characters: 2 per full-width code point, 1 per half-width one. */
    public static int halfChars(CharSequence text) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            w += isHalfWidth(cp) ? 1 : 2;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Whether {@code cp} is set half-width: ASCII, Latin-1 and the half-width forms block. */
    public static boolean isHalfWidth(int cp) {
        return cp < 0x2000 && cp != 0x00B7 || cp >= 0xFF61 && cp <= 0xFFDC;
    }

    /** Whether {@code cp} is a CJK ideograph or full-width punctuation, after which a soft break needs no space. */
    public static boolean isWide(int cp) {
        return !isHalfWidth(cp) && !Character.isWhitespace(cp);
    }
}
