package io.github.fazhi.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The report's title.
 *
 * <p>{@link #text()} is the whole title on one line. When the title was printed over several lines
 * (issuer on the first, {@code 关于2023年法治政府建设情况的报告} on the second), {@link #lines()} keeps
 * them as printed; otherwise it holds the text as its only line.
 *
 * <pre>{@code
 * Title t = Title.of("清河区司法局2024年法治政府建设年度报告");
 * }</pre>
 *
 * @param id always {@code "title"}
 * @param text the title on one line
 * @param lines the lines as printed, never empty, joining to {@code text}
 * @param span where it was read from, if it was
 */
public record Title(String id, String text, List<String> lines, Optional<SourceSpan> span) implements Element {

    /** The id every title has. */
    public static final String ID = "title";

    /** Checks for nulls and copies the lines. */
    public Title {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            lines = List.of(text);
        } else if (!String.join("", lines).equals(text)) {
            throw new IllegalArgumentException("title lines " + lines + " do not join to the title text " + text);
        }
    }

    /** A one-line title. */
    public static Title of(String text) {
        return new Title(ID, text, List.of(text), Optional.empty());
    }

    /** A title printed over {@code lines}, read at {@code span}. */
    public static Title ofLines(List<String> lines, Optional<SourceSpan> span) {
        return new Title(ID, String.join("", lines), lines, span);
    }

    /** This title without its source span. */
    public Title withoutSpan() {
        return span.isEmpty() ? this : new Title(id, text, lines, Optional.empty());
    }

    @Override
    public <R> R accept(ElementVisitor<R> visitor) {
        return visitor.visitTitle(this);
    }
}
