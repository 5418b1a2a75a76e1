package io.github.fazhi.core;

/**
 * A visitor over report elements, one method per element type. Since Java 17 has no pattern-matching
 * switch, {@link Element#accept} is the type-safe way to dispatch. Use {@link AnnualReport#walk()} to
 * reach every element in document order.
 *
 * <pre>{@code
 * int chars = report.walk().mapToInt(e -> e.accept(new ElementVisitor<Integer>() {
 *     public Integer visitParagraph(Paragraph p) { return p.text().length(); }
 *     public Integer defaultValue(Element e) { return 0; }
 * })).sum();
 * }</pre>
 *
 * @param <R> what each visit returns
 */
public interface ElementVisitor<R> {

    /** What a visit returns for an element type this visitor does not override. */
    R defaultValue(Element element);

    /** Visits a header line; by default {@link #defaultValue}. */
    default R visitHeaderLine(HeaderLine line) {
        return defaultValue(line);
    }

    /** Visits the title; by default {@link #defaultValue}. */
    default R visitTitle(Title title) {
        return defaultValue(title);
    }

    /** Visits a paragraph; by default {@link #defaultValue}. */
    default R visitParagraph(Paragraph paragraph) {
        return defaultValue(paragraph);
    }

    /** Visits a line of page furniture; by default {@link #defaultValue}. */
    default R visitPageFurniture(PageFurniture furniture) {
        return defaultValue(furniture);
    }

    /** Visits a section; by default {@link #defaultValue}. */
    default R visitSection(Section section) {
        return defaultValue(section);
    }

    /** Visits the sign-off; by default {@link #defaultValue}. */
    default R visitSignOff(SignOff signOff) {
        return defaultValue(signOff);
    }
}
