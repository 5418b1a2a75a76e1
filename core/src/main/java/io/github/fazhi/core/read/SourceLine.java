package io.github.fazhi.core.read;

import io.github.fazhi.core.SourceSpan;
import java.util.Objects;

/**
 * One line of a document as its format's extractor gives it to the {@link StructureReader}: a line of
 * plain text, a DOCX or {@code .doc} paragraph, a text line of a PDF or OFD page, a block of an HTML
 * page. The text is the line as a reader sees it (automatic numbering computed into it, soft line breaks
 * joined), without leading and trailing whitespace; the span says where it stood; the hints carry what
 * the format knows of its layout.
 *
 * <pre>{@code
 * SourceLine heading = new SourceLine("一、主要举措和成效", SourceSpan.ofLine(12, 1, 9),
 *         LayoutHints.builder().outlineLevel(1).build());
 * SourceLine body = SourceLine.of("2025年，区司法局……", SourceSpan.ofLine(13, 1, 11));
 * }</pre>
 *
 * @param text the line's text, not blank
 * @param span where the line stood: line (or paragraph index, or line on a page) and columns
 * @param hints what the format says of its layout; {@link LayoutHints#NONE} for plain text
 */
public record SourceLine(String text, SourceSpan span, LayoutHints hints) {

    /** Checks for nulls. */
    public SourceLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(hints, "hints");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a source line holds text; blank lines are a hint (blankBefore)");
        }
    }

    /** A line without layout hints. */
    public static SourceLine of(String text, SourceSpan span) {
        return new SourceLine(text, span, LayoutHints.NONE);
    }

    /** This line with other hints. */
    public SourceLine withHints(LayoutHints newHints) {
        return new SourceLine(text, span, newHints);
    }
}
