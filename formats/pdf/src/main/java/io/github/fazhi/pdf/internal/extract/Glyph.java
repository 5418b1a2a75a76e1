package io.github.fazhi.pdf.internal.extract;

/**
 * One glyph as the page shows it, in PDFBox's display coordinates (points from the top left of the page).
 *
 * @param text the characters it stands for
 * @param x the left edge
 * @param baseline the baseline, from the top of the page
 * @param width the advance
 * @param size the font size in points
 * @param bold whether its font is a bold face, or it is painted filled and stroked (synthetic bold)
 */
record Glyph(String text, float x, float baseline, float width, float size, boolean bold) {

    float end() {
        return x + width;
    }

    boolean isSpace() {
        return text.isBlank();
    }
}
