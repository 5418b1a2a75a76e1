package io.github.fazhi.core;

import java.util.List;

/**
 * The parts of a report in document order, as {@link AnnualReport#visitParts} hands them over: the one order
 * that {@link AnnualReport#walk()}, {@link PlainTextWriter} and every renderer follow — header lines before the
 * title, the title, header lines after it (the addressee), the preamble, each top-level section, the sign-off,
 * the text after it. Every method has an empty default; the list methods are called even when the list is
 * empty, the title and the sign-off only when the report has them.
 *
 * <pre>{@code
 * report.visitParts(new ReportParts() {
 *     public void title(Title t) { System.out.println(t.text()); }
 *     public void section(Section s) { System.out.println(s.headingLine()); }
 * });
 * }</pre>
 */
public interface ReportParts {

    /** The header lines that stand before the title (issuer line, 文号, page furniture), in order. */
    default void beforeTitle(List<HeaderLine> lines) {}

    /** The title. */
    default void title(Title title) {}

    /** The header lines that stand after the title (the addressee line), in order. */
    default void afterTitle(List<HeaderLine> lines) {}

    /** The blocks before the first section. */
    default void preamble(List<Block> blocks) {}

    /** A top-level section, in order. */
    default void section(Section section) {}

    /** The sign-off. */
    default void signOff(SignOff signOff) {}

    /** The blocks after the sign-off. */
    default void trailing(List<Block> blocks) {}
}
