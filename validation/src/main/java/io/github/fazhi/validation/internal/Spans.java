package io.github.fazhi.validation.internal;

import io.github.fazhi.core.Element;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SourceSpan;
import io.github.fazhi.core.Title;
import java.util.Optional;
import java.util.OptionalInt;

/** Source spans for findings. */
public final class Spans {

    private Spans() {}

    /**
     * The span of {@code element}, narrowed to {@code start..end} of its text when given and the element
     * stood on one line.
     */
    public static Optional<SourceSpan> of(Element element, OptionalInt start, OptionalInt end) {
        Optional<SourceSpan> span = element.span();
        if (span.isEmpty() || start.isEmpty() || end.isEmpty()) {
            return span;
        }
        SourceSpan s = span.get();
        if (s.line() != s.endLine()) {
            return span;
        }
        String text;
        int base = s.column();
        if (element instanceof Paragraph p) {
            text = p.text();
        } else if (element instanceof HeaderLine h) {
            text = h.text();
        } else if (element instanceof Title t) {
            text = t.text();
        } else if (element instanceof Section sec) {
            text = sec.heading();
            String label = sec.label();
            base += label.codePointCount(0, label.length());
        } else {
            return span;
        }
        int from = Math.min(start.getAsInt(), text.length());
        int to = Math.min(Math.max(end.getAsInt(), from), text.length());
        int col = base + text.codePointCount(0, from);
        int endCol = base + text.codePointCount(0, to);
        if (col > s.endColumn()) {
            return span;
        }
        return Optional.of(SourceSpan.of(s.line(), col, s.line(), Math.max(col, endCol)));
    }
}
