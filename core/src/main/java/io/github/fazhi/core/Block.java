package io.github.fazhi.core;

/**
 * Body content of a section, the preamble or the text after the sign-off: a {@link Paragraph} of the
 * report, or {@link PageFurniture} kept where it stood in the source (a page header, a portal's breadcrumb).
 * The set of block types may grow (tables, lists); code that handles blocks dispatches with
 * {@link Element#accept} or {@code instanceof} and passes any other block through unchanged.
 *
 * <pre>{@code
 * for (Block b : section.blocks()) {
 *     if (b instanceof Paragraph p) {
 *         count += p.text().length();
 *     }
 * }
 * }</pre>
 */
public sealed interface Block extends Element permits Paragraph, PageFurniture {

    /** The block's text as plain text. */
    String text();

    /**
     * What the ids of this type of block start with inside their container: {@code p} for paragraphs
     * ({@code s1.p2}), {@code f} for page furniture ({@code s1.f1}). Each type counts on its own, so
     * paragraph ids do not shift when furniture is added or removed.
     */
    String idPrefix();

    /** This block with another id. */
    Block withId(String newId);

    /** This block without its source span. */
    Block withoutSpan();
}
