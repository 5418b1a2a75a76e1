package io.github.fazhi.core;

import java.util.Optional;

/**
 * An addressable part of a report: a header line, the title, a paragraph, a section or the sign-off.
 *
 * <p>Every element has a stable id derived from its place in the report ({@code "title"},
 * {@code "pre.p1"}, {@code "s3.s1.p2"}, {@code "signoff"}), which findings and renderers use to point at
 * it, and a source span when it was read from a document.
 *
 * <pre>{@code
 * report.walk().forEach(e -> System.out.println(e.id() + " " + e.span().map(Object::toString).orElse("")));
 * }</pre>
 */
public sealed interface Element permits HeaderLine, Title, Block, Section, SignOff {

    /** The element's stable id within its report. */
    String id();

    /** Where the element stood in the source document, when it was read from one. */
    Optional<SourceSpan> span();

    /** Calls the visitor method for this element's type. */
    <R> R accept(ElementVisitor<R> visitor);
}
