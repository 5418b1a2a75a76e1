package io.github.fazhi.core.read;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportMetadata;
import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.internal.PlainTextParser;
import io.github.fazhi.core.internal.ReaderMessages;
import io.github.fazhi.core.internal.TextLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns a document's lines into an {@link AnnualReport}: the one place that knows the genre. Every
 * format's reader hands its lines here ({@link SourceDocument}): plain text with no hints, DOCX and
 * {@code .doc} paragraphs with their heading styles and outline levels, PDF and OFD lines with font size
 * and weight, HTML blocks. It finds header lines and the title, the preamble, the section tree with each
 * section's kind, the sign-off and what follows; it never loses text: whatever it cannot place becomes a
 * paragraph where it stood.
 *
 * <pre>{@code
 * List<SourceLine> lines = List.of(
 *         SourceLine.of("清河市清河区司法局2025年法治政府建设年度报告", SourceSpan.ofLine(1, 1, 22)),
 *         SourceLine.of("一、2025年推进法治政府建设的主要举措和成效", SourceSpan.ofLine(2, 1, 21)));
 * AnnualReport report = StructureReader.standard().read(new SourceDocument("r.txt", "text", lines, DocumentInfo.NONE));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class StructureReader {

    private static final StructureReader STANDARD = builder().build();

    private final ReaderMessages messages;

    private StructureReader(Builder b) {
        this.messages = ReaderMessages.of(b.locale);
    }

    /** The structure reader with Chinese messages. */
    public static StructureReader standard() {
        return STANDARD;
    }

    /** A builder for a structure reader with other options. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the report in {@code document}.
     *
     * @throws ReportReadException when the document holds no text
     */
    public AnnualReport read(SourceDocument document) {
        Objects.requireNonNull(document, "document");
        if (document.lines().isEmpty()) {
            throw ReportReadException.of(document.sourceName(), "", messages.get(ReaderMessages.Key.EMPTY), null);
        }
        List<TextLine> lines = new ArrayList<>(document.lines().size());
        for (SourceLine l : document.lines()) {
            lines.add(new TextLine(
                    l.span().line(), l.span().column(), l.text(), l.hints().blankBefore()));
        }
        AnnualReport report = PlainTextParser.parse(lines);
        if (document.info().disclosure().isPresent()
                && report.metadata().disclosure().isEmpty()) {
            ReportMetadata m = report.metadata().toBuilder()
                    .disclosure(document.info().disclosure().get())
                    .build();
            report = report.withMetadata(m);
        }
        return report;
    }

    /** Builds a {@link StructureReader}; not thread-safe, the reader it builds is. */
    public static final class Builder {
        private Locale locale = Locale.SIMPLIFIED_CHINESE;

        private Builder() {}

        /** The language of error messages: English for an English locale, Chinese otherwise (default). */
        public Builder locale(Locale value) {
            locale = Objects.requireNonNull(value, "locale");
            return this;
        }

        /** Builds the structure reader. */
        public StructureReader build() {
            return new StructureReader(this);
        }
    }
}
