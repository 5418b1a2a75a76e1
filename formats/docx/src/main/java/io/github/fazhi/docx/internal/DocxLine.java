package io.github.fazhi.docx.internal;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One line of text extracted from a DOCX: a paragraph, a table row, a text-box paragraph, a note, or a
 * paragraph of a page header or footer, with what its formatting says.
 *
 * @param text what a reader sees, automatic numbering included, on one line
 * @param kind where it came from
 * @param outlineLevel the paragraph's outline level (0 for 标题 1) when its properties or style give one
 * @param styleName the name of the paragraph's style ({@code heading 1}, {@code Title}, {@code 标题 1})
 * @param centred whether the paragraph is centred
 * @param bold whether all its text is bold
 * @param fontSize the font size of all its text in points, when it is one size
 */
public record DocxLine(
        String text,
        Kind kind,
        OptionalInt outlineLevel,
        Optional<String> styleName,
        boolean centred,
        boolean bold,
        OptionalDouble fontSize) {

    /** A line without formatting. */
    public DocxLine(String text, Kind kind, OptionalInt outlineLevel) {
        this(text, kind, outlineLevel, Optional.empty(), false, false, OptionalDouble.empty());
    }

    /** Where a line came from. */
    public enum Kind {
        /** A body paragraph. */
        PARAGRAPH,
        /** A table row, cells separated by a tab. */
        TABLE_ROW,
        /** A paragraph in a text box, placed after the paragraph that anchors the box. */
        TEXT_BOX,
        /** A footnote or endnote, placed after the body. */
        NOTE,
        /** A paragraph of a page header. */
        PAGE_HEADER,
        /** A paragraph of a page footer (page numbers). */
        PAGE_FOOTER
    }
}
