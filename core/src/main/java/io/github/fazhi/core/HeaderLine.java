package io.github.fazhi.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A line before the report's body that is not the title: the issuer line, the 文号 line or the
 * addressee line. Kept as printed; its meaning also goes into {@link ReportMetadata}.
 *
 * <pre>{@code
 * HeaderLine addressee = HeaderLine.of(HeaderLineKind.ADDRESSEE, "区委、区政府：");
 * }</pre>
 *
 * @param id the stable id ({@code h1}, {@code h2}, …), assigned by the report
 * @param kind what the line is
 * @param text the line as printed
 * @param afterTitle whether the line stands after the title (the addressee line does; the issuer line
 *     usually stands before it)
 * @param span where it was read from, if it was
 */
public record HeaderLine(String id, HeaderLineKind kind, String text, boolean afterTitle, Optional<SourceSpan> span)
        implements Element {

    /** Checks for nulls. */
    public HeaderLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    /** A header line with no source span; an addressee line stands after the title, others before it. */
    public static HeaderLine of(HeaderLineKind kind, String text) {
        return new HeaderLine("", kind, text, kind == HeaderLineKind.ADDRESSEE, Optional.empty());
    }

    /** This line with another id. */
    public HeaderLine withId(String newId) {
        return newId.equals(id) ? this : new HeaderLine(newId, kind, text, afterTitle, span);
    }

    /** This line without its source span. */
    public HeaderLine withoutSpan() {
        return span.isEmpty() ? this : new HeaderLine(id, kind, text, afterTitle, Optional.empty());
    }

    @Override
    public <R> R accept(ElementVisitor<R> visitor) {
        return visitor.visitHeaderLine(this);
    }
}
