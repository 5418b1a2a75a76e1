package io.github.fazhi.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A paragraph of body text.
 *
 * <pre>{@code
 * Paragraph p = Paragraph.of("一是健全制度。二是加强培训。");
 * p.enumerations(); // markers 一是, 二是 with their ordinals and offsets
 * }</pre>
 *
 * @param id the stable id (assigned by the report from the paragraph's place)
 * @param text the paragraph's text, without the first-line indent
 * @param span where it was read from, if it was
 */
public record Paragraph(String id, String text, Optional<SourceSpan> span) implements Block {

    /** The prefix of paragraph ids inside their container. */
    public static final String ID_PREFIX = "p";

    /** Checks for nulls. */
    public Paragraph {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    /** A paragraph with no id yet and no source span; the report assigns the id. */
    public static Paragraph of(String text) {
        return new Paragraph("", text, Optional.empty());
    }

    /** A paragraph read from a document at {@code span}. */
    public static Paragraph of(String text, SourceSpan span) {
        return new Paragraph("", text, Optional.of(span));
    }

    @Override
    public String idPrefix() {
        return ID_PREFIX;
    }

    /** This paragraph with another id. */
    @Override
    public Paragraph withId(String newId) {
        return newId.equals(id) ? this : new Paragraph(newId, text, span);
    }

    /** This paragraph without its source span. */
    @Override
    public Paragraph withoutSpan() {
        return span.isEmpty() ? this : new Paragraph(id, text, Optional.empty());
    }

    /** The inline enumeration markers ({@code 一是…二是…}) in this paragraph, in order. */
    public List<InlineEnumeration> enumerations() {
        return InlineEnumeration.find(text);
    }

    @Override
    public <R> R accept(ElementVisitor<R> visitor) {
        return visitor.visitParagraph(this);
    }
}
