package io.github.fazhi.core.read;

import java.util.List;
import java.util.Objects;

/**
 * A document as a format's extractor hands it to the {@link StructureReader}: its lines in reading order
 * and what it declares about itself. Extractors know their format and nothing of the genre; the
 * structure reader knows the genre and nothing of formats.
 *
 * <pre>{@code
 * SourceDocument doc = new SourceDocument("2025.docx", "docx", lines, DocumentInfo.NONE);
 * AnnualReport report = StructureReader.standard().read(doc);
 * }</pre>
 *
 * @param sourceName the file name or another name for the input, used in errors
 * @param formatId the id of the format it was read from ({@code text}, {@code docx}, {@code pdf}, …)
 * @param lines the non-blank lines in reading order
 * @param info what the document declares about itself
 */
public record SourceDocument(String sourceName, String formatId, List<SourceLine> lines, DocumentInfo info) {

    /** Checks for nulls and copies the lines. */
    public SourceDocument {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(formatId, "formatId");
        lines = List.copyOf(lines);
        Objects.requireNonNull(info, "info");
    }
}
