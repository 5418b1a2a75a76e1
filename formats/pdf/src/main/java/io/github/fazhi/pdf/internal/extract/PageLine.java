package io.github.fazhi.pdf.internal.extract;

import java.util.List;

/**
 * One visual line of a page as PDFBox finds it (glyphs grouped by baseline, in reading order), with the
 * words PDFBox split it into.
 *
 * @param page the page, from 1
 * @param number the line on its page, from 1
 * @param words the words: each word's text and its glyphs
 * @param pageWidth the page's width in points
 * @param pageHeight the page's height in points
 */
record PageLine(int page, int number, List<Word> words, float pageWidth, float pageHeight) {

    /** A word: PDFBox's text for it (ligatures expanded) and the glyphs it came from. */
    record Word(String text, List<Glyph> glyphs) {}

    float left() {
        return words.get(0).glyphs().get(0).x();
    }

    float right() {
        float r = 0;
        for (Word w : words) {
            for (Glyph g : w.glyphs()) {
                if (!g.isSpace()) {
                    r = Math.max(r, g.end());
                }
            }
        }
        return r;
    }

    float baseline() {
        float sum = 0;
        int n = 0;
        for (Word w : words) {
            for (Glyph g : w.glyphs()) {
                sum += g.baseline();
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** The commonest font size of the line's visible glyphs, to half a point. */
    float size() {
        java.util.Map<Float, Integer> counts = new java.util.HashMap<>();
        for (Word w : words) {
            for (Glyph g : w.glyphs()) {
                if (!g.isSpace()) {
                    counts.merge(Math.round(g.size() * 2) / 2f, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .max(java.util.Map.Entry.<Float, Integer>comparingByValue()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .map(java.util.Map.Entry::getKey)
                .orElse(0f);
    }

    /** Whether nearly all its visible glyphs are bold. */
    boolean bold() {
        int bold = 0;
        int all = 0;
        for (Word w : words) {
            for (Glyph g : w.glyphs()) {
                if (!g.isSpace()) {
                    all++;
                    if (g.bold()) {
                        bold++;
                    }
                }
            }
        }
        return all > 0 && bold * 10 >= all * 9;
    }
}
