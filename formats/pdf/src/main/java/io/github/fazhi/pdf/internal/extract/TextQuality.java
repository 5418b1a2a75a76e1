package io.github.fazhi.pdf.internal.extract;

import io.github.fazhi.core.read.FixedLayout;
import java.util.List;

/**
 * Whether the text PDFBox extracted is text a person could read: there is some, and it is not the
 * characters a font without a proper Unicode map makes of its glyphs (private-use code points, U+FFFD,
 * control characters, or the Latin-1 letters that GBK bytes turn into when a font's codes are taken for
 * characters). Format knowledge only: nothing here knows what a report says.
 */
final class TextQuality {

    /** The share of glyphs or characters that must be bad for the whole to count as garbage. */
    private static final double GARBAGE_SHARE = 0.2;

    /** Fewer visible characters than this per page: nothing to read, as in a scan. */
    private static final int MIN_CHARS_PER_PAGE = 10;

    /** What the text amounts to. */
    enum Verdict {
        READABLE,
        NO_TEXT,
        NO_UNICODE,
        GARBAGE
    }

    private TextQuality() {}

    /** Counts of the glyphs and characters of a document. */
    record Counts(long glyphs, long unmapped, long chars, long bad) {}

    static Counts count(List<FixedLayout.Line> lines, long glyphs, long unmapped) {
        long chars = 0;
        long bad = 0;
        for (FixedLayout.Line l : lines) {
            for (FixedLayout.Word w : l.words()) {
                String t = w.text();
                for (int i = 0; i < t.length(); ) {
                    int cp = t.codePointAt(i);
                    i += Character.charCount(cp);
                    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                        continue;
                    }
                    chars++;
                    if (isBad(cp)) {
                        bad++;
                    }
                }
            }
        }
        return new Counts(glyphs, unmapped, chars, bad);
    }

    static Verdict judge(Counts c, int pages) {
        if (c.glyphs() > 0 && c.unmapped() >= GARBAGE_SHARE * c.glyphs()) {
            return Verdict.NO_UNICODE;
        }
        if (c.chars() < (long) MIN_CHARS_PER_PAGE * Math.max(1, pages) && c.chars() < 200) {
            return Verdict.NO_TEXT;
        }
        if (c.bad() >= GARBAGE_SHARE * c.chars()) {
            return Verdict.GARBAGE;
        }
        return Verdict.READABLE;
    }

    /**
     * Private use, replacement, controls, noncharacters, and Latin-1 letters and signs that Chinese text
     * does not use (the middle dot, the multiplication and division signs, degree, plus-minus, section and
     * the like are ordinary).
     */
    static boolean isBad(int cp) {
        if (cp >= 0xE000 && cp <= 0xF8FF || cp >= 0xF0000) {
            return true;
        }
        if (cp == 0xFFFD || cp == 0xFFFE || cp == 0xFFFF || cp < 0x20 || cp >= 0x7F && cp <= 0x9F) {
            return true;
        }
        if (cp >= 0xA1 && cp <= 0xFF) {
            return switch (cp) {
                case 0xA7, 0xA9, 0xAE, 0xB0, 0xB1, 0xB7, 0xD7, 0xF7, 0xB2, 0xB3, 0xB9, 0xBC, 0xBD, 0xBE -> false;
                default -> true;
            };
        }
        return false;
    }
}
