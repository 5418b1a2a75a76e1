package io.github.fazhi.doc;

import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.read.DocumentFormat;
import io.github.fazhi.core.read.ExtractingReportReader;
import io.github.fazhi.core.read.ReadOptions;
import io.github.fazhi.core.read.Readers;
import io.github.fazhi.core.read.SourceDocument;
import io.github.fazhi.doc.internal.DocMessages;
import io.github.fazhi.doc.internal.HwpfExtractor;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a report saved as Word 97-2003 {@code .doc} or as WPS Office's {@code .wps} into the same model
 * every fazhi reader gives. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * DocReportReader reader = DocReportReader.standard();
 * AnnualReport report = reader.read(Path.of("2025年法治政府建设年度报告.wps"));
 * report.sections().get(0).heading();        // "2025年推进法治政府建设的主要举措和成效"
 * SourceDocument lines = reader.extract(Files.readAllBytes(path), "报告.doc"); // the lines with their hints
 * }</pre>
 *
 * <p>What it reads (Apache POI HWPF): the paragraphs of the main text in order, one line each, with Word's
 * automatic numbering computed into the text as a reader sees it ({@code 一、}, {@code （一）}, {@code 1.},
 * {@code （1）}, whatever number format the list level uses: Chinese counting as Word, WPS and LibreOffice
 * write it, financial numerals, circled and full-width digits, letters, roman numerals); tables one row a
 * line; text boxes after the body; footnotes and endnotes; every section's headers and footers as page
 * furniture. Each line carries layout hints: outline level and heading style, the style's name, centring,
 * bold and font size. Deleted revisions, hidden text and comments are not read; a field shows its result.
 * The structure reader then finds the title, parts and sign-off as in every other format.
 *
 * <p><b>WPS Office and {@code .wps}.</b> Kingsoft WPS Office (WPS 文字) writes its own {@code .wps} files,
 * and its {@code .doc} files, in the Word 97-2003 binary format: an OLE compound file with a
 * {@code WordDocument} stream (file information block {@code 0xA5EC}, version 193, the Word 97 one) and a
 * {@code 0Table} stream, plus marks of its own that Word ignores: a 12-byte {@code WpsCustomData} stream
 * (in most files) and a {@code KSOProductBuildVer} custom document property, with the application name
 * {@code WPS Office} in the summary information. fazhi tells such a file as {@code wps} by those marks and
 * reads it exactly as a {@code .doc}; what WPS keeps only in its own marks (none of it text) is not read.
 * Two other formats also use the {@code .wps} name and are refused by name, never read as something else:
 * Microsoft Works word-processor documents (an OLE file with {@code CONTENTS} and {@code MatOST} streams,
 * told as {@code works}) and the formats of Kingsoft WPS before WPS Office 2005, which are not Word's. A
 * {@code .wps} that is really a DOCX package (as some recent WPS versions save) is told and read as DOCX by
 * its content.
 *
 * <p>Refused with a {@link ReportReadException} naming the file: encrypted documents (an opening password),
 * Word 6.0/95 and older, damaged or truncated files, documents with no text (only pictures, such as a
 * scan), and content in any other format. Files above the size limit are refused before they are parsed.
 * The format has no compression, so a file's size bounds the memory its reading takes.
 */
public final class DocReportReader extends ExtractingReportReader {

    private static final DocReportReader STANDARD = builder().build();

    private DocReportReader(Builder b) {
        super(b.locale, b.maxFileBytes);
    }

    /** The reader with the default size limit and Chinese messages. */
    public static DocReportReader standard() {
        return STANDARD;
    }

    /** A builder for a reader with another size limit or English messages. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code doc}; the reader also reads {@code wps}. */
    @Override
    public String formatId() {
        return DocumentFormat.DOC.id();
    }

    /**
     * The document's lines with their layout hints and what it declares about itself (title, author,
     * creation date), before the structure reader reads them: for apps that inspect or adjust lines.
     *
     * @throws ReportReadException when it is not a readable {@code .doc} or {@code .wps} file
     */
    @Override
    public SourceDocument extract(byte[] content, String sourceName) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sourceName, "sourceName");
        DocMessages messages = DocMessages.of(locale());
        if (content.length > maxFileBytes()) {
            throw ReportReadException.of(sourceName, "", messages.get(DocMessages.Key.TOO_LARGE, maxFileBytes()), null);
        }
        DocumentFormat format = Readers.detect(content);
        if (format.equals(DocumentFormat.ENCRYPTED_OFFICE)) {
            throw ReportReadException.of(sourceName, "", messages.get(DocMessages.Key.ENCRYPTED), null);
        }
        if (!format.equals(DocumentFormat.DOC) && !format.equals(DocumentFormat.WPS)) {
            throw ReportReadException.of(
                    sourceName, "", messages.get(DocMessages.Key.NOT_WORD_BINARY, format.displayName(locale())), null);
        }
        return HwpfExtractor.extract(content, sourceName, format.id(), messages);
    }

    /** Builds a {@link DocReportReader}; not thread-safe. */
    public static final class Builder {
        private Locale locale = Locale.SIMPLIFIED_CHINESE;
        private long maxFileBytes = ReadOptions.DEFAULT_MAX_INPUT_BYTES;

        private Builder() {}

        /** The language of error messages: Chinese (default) or English ({@link Locale#ENGLISH}). */
        public Builder locale(Locale value) {
            locale = Objects.requireNonNull(value, "locale");
            return this;
        }

        /** The largest file accepted, in bytes (default 64 MiB). */
        public Builder maxFileBytes(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("the size limit must be positive, not " + value);
            }
            maxFileBytes = value;
            return this;
        }

        /** Builds the reader. */
        public DocReportReader build() {
            return new DocReportReader(this);
        }
    }
}
