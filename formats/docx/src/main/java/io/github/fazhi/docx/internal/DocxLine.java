package io.github.fazhi.docx.internal;

import java.util.OptionalInt;

/**
 * One line of text extracted from a DOCX: a paragraph, a table row, a text-box paragraph or a note.
 *
 * @param text what a reader sees, automatic numbering included, on one line
 * @param kind where it came from
 * @param outlineLevel the paragraph's outline level (0 for 标题 1) when its style or properties give one
 */
public record DocxLine(String text, Kind kind, OptionalInt outlineLevel) {

    /** Where a line came from. */
    public enum Kind {
        /** A body paragraph. */
        PARAGRAPH,
        /** A table row, cells separated by a tab. */
        TABLE_ROW,
        /** A paragraph in a text box, placed after the paragraph that anchors the box. */
        TEXT_BOX,
        /** A footnote or endnote, placed after the body. */
        NOTE
    }
}
